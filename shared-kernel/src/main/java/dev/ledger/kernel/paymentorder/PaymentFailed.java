package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The payment could not go through; the reason says whether a new order may be worth trying. */
@EventRevision("1")
public record PaymentFailed(OrganizationId organizationId, PaymentOrderId paymentOrderId, FailureReason failure)
        implements LedgerEvent {

    public PaymentFailed {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("failure", failure);
    }
}
