package dev.ledger.command.api;

/**
 * A billing command broke a business rule. {@link #code()} names the rule for the edge's problem type; a refused
 * transition of the current state is a {@link Conflict}, every other rule an unprocessable request.
 */
public abstract class BillingRuleViolation extends IllegalStateException {

    protected BillingRuleViolation(String message) {
        super(message);
    }

    public String code() {
        return getClass().getSimpleName();
    }

    /** The request field the rule is about, when one is; null when the rule concerns the whole request. */
    public String field() {
        return null;
    }

    /** The state does not allow the action now (HTTP 409), as opposed to a request that can never succeed. */
    public abstract static class Conflict extends BillingRuleViolation {
        protected Conflict(String message) {
            super(message);
        }
    }
}
