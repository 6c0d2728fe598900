package dev.ledger.command.customer.api;

/** A command on a customer broke a business rule; the edge answers each kind with its own problem type. */
public abstract class CustomerRuleViolation extends IllegalStateException {

    protected CustomerRuleViolation(String message) {
        super(message);
    }
}
