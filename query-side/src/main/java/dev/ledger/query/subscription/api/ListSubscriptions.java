package dev.ledger.query.subscription.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.subscription.SubscriptionStatus;
import dev.ledger.query.spec.PageRequest;

/** A page of a tenant's subscriptions, optionally of one status and one customer; newest first by default. */
public record ListSubscriptions(
        OrganizationId organizationId, SubscriptionStatus status, CustomerId customerId, String sort, PageRequest page) {

    public ListSubscriptions {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("page", page);
    }
}
