package dev.ledger.query.subscription.api;

import dev.ledger.query.spec.Page;

/** A page of subscriptions under a concrete type, which Axon's query bus matches by class. */
public record SubscriptionPage(Page<SubscriptionView> page) {
}
