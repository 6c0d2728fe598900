package dev.ledger.query.paymentorder.api;

import java.time.Instant;

/** What a payment gateway reported for an order, as recorded. */
public record ProviderTransactionView(
        String eventId, String provider, String providerTransactionId, String rawStatus, Long amountMinor,
        String currency, Instant recordedAt, long globalPosition) {
}
