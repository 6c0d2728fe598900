package dev.ledger.infra.lookups;

import dev.ledger.command.currency.api.CurrencyNotSupported;
import dev.ledger.command.currency.api.SupportedCurrencies;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.SupportedCurrenciesChanged;
import dev.ledger.kernel.organization.OrganizationRegistered;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which currencies each organization bills in: its settings' set, or before it has settings its default currency
 * alone; an organization the ledger does not know bills in none. A subscribing processor keeps the table in the
 * transaction that appends the events, so a command never checks against a change that may still roll back.
 */
@Component
@ProcessingGroup(OrganizationCurrencies.PROCESSING_GROUP)
class OrganizationCurrencies implements SupportedCurrencies {

    static final String PROCESSING_GROUP = "organization-currencies";

    private final JdbcClient jdbc;

    OrganizationCurrencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void confirmSupported(OrganizationId organizationId, CurrencyCode currency) {
        boolean supported = jdbc.sql("""
                        SELECT CASE WHEN supported IS NOT NULL THEN :currency = ANY (supported)
                                    ELSE default_currency IS NOT DISTINCT FROM :currency END
                          FROM organization_currency WHERE organization_id = :org
                        """)
                .param("currency", currency.code())
                .param("org", organizationId.value())
                .query(Boolean.class).optional().orElse(false);
        if (!supported) {
            throw new CurrencyNotSupported(currency);
        }
    }

    @EventHandler
    void on(OrganizationRegistered event) {
        jdbc.sql("""
                        INSERT INTO organization_currency (organization_id, default_currency) VALUES (?, ?)
                        ON CONFLICT (organization_id) DO UPDATE SET default_currency = EXCLUDED.default_currency
                        """)
                .params(event.organizationId().value(), event.defaultCurrency().code())
                .update();
    }

    @EventHandler
    void on(SupportedCurrenciesChanged event) {
        String codes = event.currencies().stream().map(CurrencyCode::code).collect(Collectors.joining(","));
        jdbc.sql("""
                        INSERT INTO organization_currency (organization_id, supported) VALUES (?, string_to_array(?, ','))
                        ON CONFLICT (organization_id) DO UPDATE SET supported = EXCLUDED.supported
                        """)
                .params(event.organizationId().value(), codes)
                .update();
    }
}
