package dev.ledger.query.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A price's terms; no interval means one-time. Tier amounts are minor units of {@code currency}. */
public record PriceView(UUID priceId, UUID productId, String currency, String intervalUnit, Integer intervalCount,
        List<TierView> tiers, boolean metered, int trialDays, long minQuantity, long maxQuantity, boolean archived,
        Instant createdAt, long version) {

    /** Units up to {@code upTo} (null: and above) at {@code unitAmountMinor} each. */
    public record TierView(Long upTo, long unitAmountMinor) {
    }
}
