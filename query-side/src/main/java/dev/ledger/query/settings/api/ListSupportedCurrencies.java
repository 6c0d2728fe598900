package dev.ledger.query.settings.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;

/** The ISO 4217 currencies the organization bills in now. */
public record ListSupportedCurrencies(OrganizationId organizationId) {

    public ListSupportedCurrencies {
        InvalidValue.required("organizationId", organizationId);
    }
}
