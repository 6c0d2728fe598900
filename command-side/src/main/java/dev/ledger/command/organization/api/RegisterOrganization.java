package dev.ledger.command.organization.api;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterOrganization(
        @TargetAggregateIdentifier OrganizationId organizationId, OrganizationName name, CurrencyCode defaultCurrency) {

    public RegisterOrganization {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("name", name);
        InvalidValue.required("defaultCurrency", defaultCurrency);
    }
}
