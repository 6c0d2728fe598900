package dev.ledger.command.subscription.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.subscription.SubscriptionId;

/** Usage is only reported for a subscription with a metered price. */
public final class NotMetered extends BillingRuleViolation {

    public NotMetered(SubscriptionId subscriptionId) {
        super("Subscription " + subscriptionId + " has no metered price");
    }
}
