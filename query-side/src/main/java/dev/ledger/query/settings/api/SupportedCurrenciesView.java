package dev.ledger.query.settings.api;

import java.util.List;

/**
 * The currencies an organization bills in, sorted; {@code defaultOnly} when it has set none and so bills in its
 * default currency alone.
 */
public record SupportedCurrenciesView(List<String> currencies, boolean defaultOnly) {

    public SupportedCurrenciesView {
        currencies = List.copyOf(currencies);
    }
}
