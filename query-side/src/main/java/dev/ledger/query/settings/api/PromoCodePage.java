package dev.ledger.query.settings.api;

import dev.ledger.query.spec.Page;

public record PromoCodePage(Page<PromoCodeView> page) {
}
