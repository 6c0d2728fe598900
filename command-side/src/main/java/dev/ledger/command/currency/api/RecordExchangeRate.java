package dev.ledger.command.currency.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.CurrencySettingsId;
import dev.ledger.kernel.currency.ExchangeRate;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a rate between two supported currencies as {@code source} quoted it, effective at a moment. */
public record RecordExchangeRate(
        OrganizationId organizationId, CurrencyCode base, CurrencyCode quote, ExchangeRate rate, String source,
        Instant effectiveAt) implements TenantCommand {

    public RecordExchangeRate {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("base", base);
        InvalidValue.required("quote", quote);
        InvalidValue.required("rate", rate);
        source = FreeText.of("source", source, 100);
        InvalidValue.required("effectiveAt", effectiveAt);
    }

    @TargetAggregateIdentifier
    public CurrencySettingsId currencySettingsId() {
        return CurrencySettingsId.of(organizationId);
    }
}
