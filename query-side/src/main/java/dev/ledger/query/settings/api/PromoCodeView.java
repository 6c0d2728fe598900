package dev.ledger.query.settings.api;

import java.time.Instant;
import java.util.UUID;

/** A promo code and how often it was redeemed; either a percent (basis points) or an amount off in minor units. */
public record PromoCodeView(UUID promoCodeId, String code, int percentBasisPoints, Long amountOffMinor, String currency,
        int periods, Instant expiresAt, int maxRedemptions, boolean oncePerCustomer, int redemptions, boolean active,
        Instant createdAt, long version) {
}
