package dev.ledger.command.currency.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.CurrencySettingsId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organization bills in exactly these currencies from now on. */
public record ChangeSupportedCurrencies(OrganizationId organizationId, List<CurrencyCode> currencies)
        implements TenantCommand {

    public ChangeSupportedCurrencies {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("currencies", currencies);
        currencies = List.copyOf(currencies);
        if (currencies.isEmpty()) {
            throw new InvalidValue("currencies", "must name at least one currency");
        }
    }

    @TargetAggregateIdentifier
    public CurrencySettingsId currencySettingsId() {
        return CurrencySettingsId.of(organizationId);
    }
}
