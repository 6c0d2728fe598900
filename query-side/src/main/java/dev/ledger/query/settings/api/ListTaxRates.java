package dev.ledger.query.settings.api;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;

/** Every scheduled rate of the organization, by country and effective time. */
public record ListTaxRates(OrganizationId organizationId) {

    public ListTaxRates {
        InvalidValue.required("organizationId", organizationId);
    }
}
