package dev.ledger.query.subscription.api;

import java.time.Instant;
import java.util.UUID;

/** A subscription with its plan and current period; usage is the period's reported total so far. */
public record SubscriptionView(
        UUID subscriptionId,
        UUID customerId,
        String status,
        UUID planPriceId,
        long quantity,
        UUID meteredPriceId,
        String currency,
        Instant trialEndsAt,
        long periodNumber,
        Instant periodStart,
        Instant periodEnd,
        long periodUsage,
        boolean cancelAtPeriodEnd,
        String promoCode,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition) {
}
