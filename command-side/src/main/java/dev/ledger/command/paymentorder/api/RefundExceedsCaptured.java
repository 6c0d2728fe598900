package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** All refunds together may not give back more than was captured. */
public final class RefundExceedsCaptured extends PaymentOrderRuleViolation {

    private final Money requested;
    private final Money refundable;

    public RefundExceedsCaptured(PaymentOrderId paymentOrderId, Money requested, Money refundable) {
        super(paymentOrderId, "Cannot refund " + requested + "; only " + refundable + " of the captured amount is left");
        this.requested = requested;
        this.refundable = refundable;
    }

    public Money requested() {
        return requested;
    }

    public Money refundable() {
        return refundable;
    }
}
