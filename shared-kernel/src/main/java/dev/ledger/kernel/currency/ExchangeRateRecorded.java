package dev.ledger.kernel.currency;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.time.Instant;

/** A rate as a source quoted it, effective from a moment; reports read it, recorded amounts never change by it. */
@EventRevision("1")
public record ExchangeRateRecorded(
        OrganizationId organizationId,
        CurrencySettingsId currencySettingsId,
        CurrencyCode base,
        CurrencyCode quote,
        ExchangeRate rate,
        String source,
        Instant effectiveAt) implements LedgerEvent {

    public ExchangeRateRecorded {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("currencySettingsId", currencySettingsId);
        InvalidValue.required("base", base);
        InvalidValue.required("quote", quote);
        if (base.equals(quote)) {
            throw new InvalidValue("quote", "must differ from the base currency");
        }
        InvalidValue.required("rate", rate);
        source = FreeText.of("source", source, 100);
        InvalidValue.required("effectiveAt", effectiveAt);
    }
}
