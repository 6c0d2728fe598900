package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The customer proved the method is theirs (a micro-deposit, a 3-D Secure check, a signed message). */
@EventRevision("1")
public record PaymentMethodVerified(OrganizationId organizationId, CustomerId customerId, PaymentMethodId paymentMethodId)
        implements LedgerEvent {

    public PaymentMethodVerified {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("paymentMethodId", paymentMethodId);
    }
}
