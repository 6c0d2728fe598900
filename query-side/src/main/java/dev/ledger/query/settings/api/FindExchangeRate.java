package dev.ledger.query.settings.api;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.time.Instant;

/** The rate from {@code base} to {@code quote} in effect at {@code asOf}: the latest recorded effective then. */
public record FindExchangeRate(OrganizationId organizationId, CurrencyCode base, CurrencyCode quote, Instant asOf) {

    public FindExchangeRate {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("base", base);
        InvalidValue.required("quote", quote);
        InvalidValue.required("asOf", asOf);
    }
}
