package dev.ledger.query.settings;

import dev.ledger.query.settings.api.ExchangeRateView;
import dev.ledger.query.settings.api.FindExchangeRate;
import dev.ledger.query.settings.api.ListSupportedCurrencies;
import dev.ledger.query.settings.api.SupportedCurrenciesView;
import dev.ledger.query.tenancy.TenantReads;
import java.sql.Array;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class CurrencyQueries {

    private final TenantReads reads;

    CurrencyQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    SupportedCurrenciesView handle(ListSupportedCurrencies query) {
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT currencies FROM supported_currency_view WHERE organization_id = ?
                        """)
                .param(query.organizationId().value())
                .query((row, n) -> codes(row.getArray(1)))
                .optional()
                .map(set -> new SupportedCurrenciesView(set, false))
                .orElseGet(() -> new SupportedCurrenciesView(jdbc.sql("""
                                SELECT trim(default_currency) FROM organization_view WHERE organization_id = ?
                                """)
                        .param(query.organizationId().value())
                        .query(String.class).list(), true)));
    }

    @QueryHandler
    Optional<ExchangeRateView> handle(FindExchangeRate query) {
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT base, quote, rate, source, effective_at
                          FROM exchange_rate_view
                         WHERE organization_id = ? AND base = ? AND quote = ? AND effective_at <= ?
                         ORDER BY effective_at DESC, global_position DESC
                         LIMIT 1
                        """)
                .params(query.organizationId().value(), query.base().code(), query.quote().code(),
                        OffsetDateTime.ofInstant(query.asOf(), ZoneOffset.UTC))
                .query((row, n) -> new ExchangeRateView(row.getString(1), row.getString(2),
                        row.getBigDecimal(3).toPlainString(), row.getString(4), row.getTimestamp(5).toInstant()))
                .optional());
    }

    private static List<String> codes(Array array) throws java.sql.SQLException {
        return Arrays.stream((String[]) array.getArray()).sorted().toList();
    }
}
