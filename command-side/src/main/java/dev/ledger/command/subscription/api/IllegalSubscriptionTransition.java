package dev.ledger.command.subscription.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionStatus;

/** The subscription's status does not allow the action, such as pausing a canceled subscription. */
public final class IllegalSubscriptionTransition extends BillingRuleViolation.Conflict {

    public IllegalSubscriptionTransition(SubscriptionId subscriptionId, SubscriptionStatus status, SubscriptionAction action) {
        super("Subscription " + subscriptionId + " is " + status + " and cannot " + action);
    }
}
