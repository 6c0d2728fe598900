package dev.ledger.query.settings;

import dev.ledger.query.settings.api.ListPromoCodes;
import dev.ledger.query.settings.api.ListTaxRates;
import dev.ledger.query.settings.api.PromoCodePage;
import dev.ledger.query.settings.api.PromoCodeView;
import dev.ledger.query.settings.api.TaxRateView;
import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.tenancy.TenantReads;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class BillingSettingsQueries {

    static final Column<UUID> ID = Column.uuid("promo_code_id");
    static final Column<String> CODE = Column.text("code");
    static final Column<Integer> PERCENT = Column.int32("percent_basis_points");
    static final Column<Long> AMOUNT_OFF = Column.int64("amount_off_minor").nullable();
    static final Column<String> CURRENCY = Column.text("currency").nullable();
    static final Column<Integer> PERIODS = Column.int32("periods");
    static final Column<Instant> EXPIRES = Column.instant("expires_at").nullable();
    static final Column<Integer> MAX = Column.int32("max_redemptions");
    static final Column<Boolean> ONCE = Column.bool("once_per_customer");
    static final Column<Integer> REDEMPTIONS = Column.int32("redemptions");
    static final Column<Boolean> ACTIVE = Column.bool("active");
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");

    private static final ReadQuery<PromoCodeView> PROMO_CODES = ReadQuery.of("promo_code_view",
            List.of(ID, CODE, PERCENT, AMOUNT_OFF, CURRENCY, PERIODS, EXPIRES, MAX, ONCE, REDEMPTIONS, ACTIVE,
                    CREATED_AT, VERSION),
            ID,
            (row, n) -> new PromoCodeView(ID.read(row), CODE.read(row), PERCENT.read(row), AMOUNT_OFF.read(row),
                    CURRENCY.read(row), PERIODS.read(row), EXPIRES.read(row), MAX.read(row), ONCE.read(row),
                    REDEMPTIONS.read(row), ACTIVE.read(row), CREATED_AT.read(row), VERSION.read(row)));

    private final TenantReads reads;

    BillingSettingsQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    PromoCodePage handle(ListPromoCodes query) {
        return new PromoCodePage(reads.asTenant(query.organizationId(), jdbc -> PROMO_CODES.find(jdbc,
                query.organizationId(), Filters.where().toSpecification(), Sort.descending(CREATED_AT), query.page())));
    }

    @QueryHandler
    List<TaxRateView> handle(ListTaxRates query) {
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT country, region, basis_points, inclusive, effective_from
                          FROM tax_rate_view
                         WHERE organization_id = ?
                         ORDER BY country, region NULLS FIRST, effective_from
                        """)
                .param(query.organizationId().value())
                .query((row, n) -> new TaxRateView(row.getString(1).trim(), row.getString(2), row.getInt(3),
                        row.getBoolean(4), row.getTimestamp(5).toInstant()))
                .list());
    }
}
