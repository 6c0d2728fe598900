package dev.ledger.command.currency.api;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;

/**
 * Whether an organization bills in a currency: the set its currency settings name, or, before it has any, its
 * default currency alone. Asked by prices, subscriptions and payment orders before they record anything.
 */
public interface SupportedCurrencies {

    /** @throws CurrencyNotSupported when the organization does not bill in {@code currency} (or is unknown) */
    void confirmSupported(OrganizationId organizationId, CurrencyCode currency);
}
