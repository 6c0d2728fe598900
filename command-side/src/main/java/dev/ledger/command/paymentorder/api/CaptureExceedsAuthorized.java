package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** All captures together may not take more than was authorized. */
public final class CaptureExceedsAuthorized extends PaymentOrderRuleViolation {

    private final Money requested;
    private final Money capturable;

    public CaptureExceedsAuthorized(PaymentOrderId paymentOrderId, Money requested, Money capturable) {
        super(paymentOrderId, "Cannot capture " + requested + "; only " + capturable + " of the authorized amount is left");
        this.requested = requested;
        this.capturable = capturable;
    }

    public Money requested() {
        return requested;
    }

    public Money capturable() {
        return capturable;
    }
}
