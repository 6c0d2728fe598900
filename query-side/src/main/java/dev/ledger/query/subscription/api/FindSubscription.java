package dev.ledger.query.subscription.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.subscription.SubscriptionId;

public record FindSubscription(OrganizationId organizationId, SubscriptionId subscriptionId) {

    public FindSubscription {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("subscriptionId", subscriptionId);
    }
}
