package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/**
 * The customer's personal data was erased (its data key destroyed); carries no personal data itself. Earlier
 * events keep their bytes and read back with {@link PersonalData#ERASED}; amounts and orders are untouched.
 */
@EventRevision("1")
public record CustomerForgotten(OrganizationId organizationId, CustomerId customerId, ErasureGround ground)
        implements LedgerEvent {

    public CustomerForgotten {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("ground", ground);
    }
}
