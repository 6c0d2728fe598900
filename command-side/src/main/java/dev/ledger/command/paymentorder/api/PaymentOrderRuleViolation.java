package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** A command on a payment order broke a business rule; the edge answers each kind with its own problem type. */
public abstract class PaymentOrderRuleViolation extends IllegalStateException {

    private final PaymentOrderId paymentOrderId;

    protected PaymentOrderRuleViolation(PaymentOrderId paymentOrderId, String message) {
        super(message);
        this.paymentOrderId = paymentOrderId;
    }

    public PaymentOrderId paymentOrderId() {
        return paymentOrderId;
    }
}
