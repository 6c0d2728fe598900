package dev.ledger.query.settings.api;

import java.time.Instant;

/** A rate in basis points for a country (and region), in effect from {@code effectiveFrom} until the next one. */
public record TaxRateView(String country, String region, int basisPoints, boolean inclusive, Instant effectiveFrom) {
}
