package dev.ledger.query.catalog.api;

import dev.ledger.query.spec.Page;

public record ProductPage(Page<ProductView> page) {
}
