package dev.ledger.command.paymentorder.api;

import dev.ledger.kernel.Money;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** A gateway cannot authorize more than the order asks for. */
public final class AuthorizationExceedsOrder extends PaymentOrderRuleViolation {

    private final Money requested;
    private final Money ordered;

    public AuthorizationExceedsOrder(PaymentOrderId paymentOrderId, Money requested, Money ordered) {
        super(paymentOrderId, "Cannot authorize " + requested + " of an order for " + ordered);
        this.requested = requested;
        this.ordered = ordered;
    }

    public Money requested() {
        return requested;
    }

    public Money ordered() {
        return ordered;
    }
}
