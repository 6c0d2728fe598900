package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The customer chose another default method; {@code previous} is null when there was none. */
@EventRevision("1")
public record DefaultPaymentMethodChanged(
        OrganizationId organizationId, CustomerId customerId, PaymentMethodId previous, PaymentMethodId current)
        implements LedgerEvent {

    public DefaultPaymentMethodChanged {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("current", current);
    }
}
