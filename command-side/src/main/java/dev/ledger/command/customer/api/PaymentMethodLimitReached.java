package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;

/** The customer already has the most active payment methods allowed; one must be removed first. */
public final class PaymentMethodLimitReached extends CustomerRuleViolation {

    private final CustomerId customerId;
    private final int limit;

    public PaymentMethodLimitReached(CustomerId customerId, int limit) {
        super("Customer " + customerId + " already has " + limit + " payment methods, the most allowed");
        this.customerId = customerId;
        this.limit = limit;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public int limit() {
        return limit;
    }
}
