package dev.ledger.query.settings.api;

import java.time.Instant;

/** How many {@code quote} units one {@code base} unit buys, exactly as {@code source} quoted it, from {@code effectiveAt}. */
public record ExchangeRateView(String base, String quote, String rate, String source, Instant effectiveAt) {
}
