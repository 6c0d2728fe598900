package dev.ledger.command.subscription.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.subscription.SubscriptionId;

/** One promo code per subscription. */
public final class DiscountAlreadyApplied extends BillingRuleViolation.Conflict {

    public DiscountAlreadyApplied(SubscriptionId subscriptionId) {
        super("Subscription " + subscriptionId + " already has a promo code");
    }
}
