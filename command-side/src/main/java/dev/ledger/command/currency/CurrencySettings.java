package dev.ledger.command.currency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.ledger.command.api.TenantGuard;
import dev.ledger.command.currency.api.ChangeSupportedCurrencies;
import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.RecordExchangeRate;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.CurrencySettingsId;
import dev.ledger.kernel.currency.ExchangeRateRecorded;
import dev.ledger.kernel.currency.SupportedCurrenciesChanged;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An organization's supported currencies and the exchange rates recorded between them (for reports only). */
@Aggregate(cache = "aggregateCache")
class CurrencySettings {

    @AggregateIdentifier
    private CurrencySettingsId currencySettingsId;
    private OrganizationId organizationId;
    private Set<CurrencyCode> supported = new HashSet<>();

    CurrencySettings() {
        // Axon rebuilds the aggregate from its events, and creates it on the first change, through this constructor.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeSupportedCurrencies command) {
        guard(command.organizationId());
        if (!supported.equals(Set.copyOf(command.currencies()))) {
            apply(new SupportedCurrenciesChanged(command.organizationId(), command.currencySettingsId(),
                    List.copyOf(command.currencies())));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordExchangeRate command) {
        guard(command.organizationId());
        for (CurrencyCode currency : List.of(command.base(), command.quote())) {
            if (!supported.contains(currency)) {
                throw new CurrencyNotSupported(currency);
            }
        }
        apply(new ExchangeRateRecorded(command.organizationId(), command.currencySettingsId(), command.base(),
                command.quote(), command.rate(), command.source(), command.effectiveAt()));
    }

    private void guard(OrganizationId asking) {
        if (organizationId != null) {
            TenantGuard.requireOwner(organizationId, asking, currencySettingsId);
        }
    }

    @EventSourcingHandler
    void on(SupportedCurrenciesChanged event) {
        currencySettingsId = event.currencySettingsId();
        organizationId = event.organizationId();
        supported = new HashSet<>(event.currencies());
    }

    @EventSourcingHandler
    void on(ExchangeRateRecorded event) {
        currencySettingsId = event.currencySettingsId();
        organizationId = event.organizationId();
    }
}
