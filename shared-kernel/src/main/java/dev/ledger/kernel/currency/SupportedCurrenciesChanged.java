package dev.ledger.kernel.currency;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.util.List;

/** The organization now prices and bills in exactly these ISO 4217 currencies. */
@EventRevision("1")
public record SupportedCurrenciesChanged(
        OrganizationId organizationId, CurrencySettingsId currencySettingsId, List<CurrencyCode> currencies)
        implements LedgerEvent {

    public SupportedCurrenciesChanged {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("currencySettingsId", currencySettingsId);
        InvalidValue.required("currencies", currencies);
        currencies = currencies.stream().distinct().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        if (currencies.isEmpty()) {
            throw new InvalidValue("currencies", "must name at least one currency");
        }
    }
}
