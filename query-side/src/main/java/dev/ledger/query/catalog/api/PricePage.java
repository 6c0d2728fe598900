package dev.ledger.query.catalog.api;

import dev.ledger.query.spec.Page;

public record PricePage(Page<PriceView> page) {
}
