package dev.ledger.query.customer.api;

import java.time.Instant;
import java.util.UUID;

/** {@code forgottenAt} is set once the customer was forgotten: {@code email} and {@code name} are then null for good. */
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
        long lastGlobalPosition,
        Instant forgottenAt) {

    /** Email and name must not reach a log line (Spring logs response bodies at DEBUG) through this record. */
    @Override
    public String toString() {
        return "CustomerView[customerId=" + customerId + ", version=" + version + ", forgottenAt=" + forgottenAt + "]";
    }
}
