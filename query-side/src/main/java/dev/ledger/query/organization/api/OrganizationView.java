package dev.ledger.query.organization.api;

import java.time.Instant;
import java.util.UUID;

/** An organization as finance and auditors see it, with the version and position of the event behind it. */
public record OrganizationView(
        UUID organizationId,
        String name,
        String defaultCurrency,
        Instant registeredAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition) {
}
