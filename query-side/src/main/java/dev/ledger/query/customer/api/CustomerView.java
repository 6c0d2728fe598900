package dev.ledger.query.customer.api;

import java.time.Instant;
import java.util.UUID;

public record CustomerView(
        UUID customerId,
        String externalReference,
        String country,
        String email,
        String name,
        String status,
        UUID defaultPaymentMethodId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition) {
}
