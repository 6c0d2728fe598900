package dev.ledger.query.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ProductView(UUID productId, String sku, String name, String category, List<String> tags,
        boolean archived, Instant createdAt, long version) {
}
