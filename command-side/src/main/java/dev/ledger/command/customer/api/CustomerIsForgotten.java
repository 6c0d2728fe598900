package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;

/** A forgotten customer's personal data is gone for good; new personal data would need a new customer. */
public final class CustomerIsForgotten extends CustomerRuleViolation {

    private final CustomerId customerId;

    public CustomerIsForgotten(CustomerId customerId) {
        super("Customer " + customerId + " was forgotten; no personal data can be recorded for it");
        this.customerId = customerId;
    }

    public CustomerId customerId() {
        return customerId;
    }
}
