package dev.ledger.command.customer.api;

import dev.ledger.kernel.customer.CustomerId;

/** An archived customer accepts no changes and cannot pay. */
public final class CustomerIsArchived extends CustomerRuleViolation {

    private final CustomerId customerId;

    public CustomerIsArchived(CustomerId customerId) {
        super("Customer " + customerId + " is archived");
        this.customerId = customerId;
    }

    public CustomerId customerId() {
        return customerId;
    }
}
