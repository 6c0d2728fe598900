package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentStatus;

/** The order's status does not allow the attempted action, such as capturing a canceled order. */
public final class IllegalPaymentTransition extends PaymentOrderRuleViolation {

    private final PaymentStatus status;
    private final PaymentAction attempted;

    public IllegalPaymentTransition(PaymentOrderId paymentOrderId, PaymentStatus status, PaymentAction attempted) {
        super(paymentOrderId, "Payment order " + paymentOrderId + " is " + status + " and cannot " + attempted);
        this.status = status;
        this.attempted = attempted;
    }

    public PaymentStatus status() {
        return status;
    }

    public PaymentAction attempted() {
        return attempted;
    }
}
