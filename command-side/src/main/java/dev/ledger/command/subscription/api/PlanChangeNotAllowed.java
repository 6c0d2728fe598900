package dev.ledger.command.subscription.api;

import dev.ledger.command.api.BillingRuleViolation;

/** A plan change keeps the currency and the interval, and moves to a licensed price. */
public final class PlanChangeNotAllowed extends BillingRuleViolation {

    public PlanChangeNotAllowed(String why) {
        super("The plan cannot change: " + why);
    }
}
