package dev.ledger.query.settings;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.promo.PromoCodeCreated;
import dev.ledger.kernel.promo.PromoCodeDeactivated;
import dev.ledger.kernel.promo.PromoCodeRedeemed;
import dev.ledger.kernel.tax.TaxRateScheduled;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.ProjectionWriter;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps {@code promo_code_view} with its redemption count and {@code tax_rate_view} with every scheduled rate. */
@Component
@ProcessingGroup(BillingSettingsProjection.PROCESSING_GROUP)
class BillingSettingsProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "billing-settings-read-model";
    static final String PROMO_CODES = "promo_code_view";
    static final String TAX_RATES = "tax_rate_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String promoCodes;
    private final String taxRates;

    @Autowired
    BillingSettingsProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private BillingSettingsProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.promoCodes = tables.of(PROMO_CODES);
        this.taxRates = tables.of(TAX_RATES);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(PROMO_CODES, TAX_RATES);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new BillingSettingsProjection(jdbc, tables);
    }

    @EventHandler
    void on(PromoCodeCreated event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + promoCodes + """
                         (organization_id, promo_code_id, code, percent_basis_points, amount_off_minor, currency, periods,
                            expires_at, max_redemptions, once_per_customer, redemptions, active, created_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :code, :percent, :amountOff, :currency, :periods, :expires, :max, :once, 0, true,
                            :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (promo_code_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.promoCodeId().value())
                .param("code", event.code().value())
                .param("percent", event.discount().percentBasisPoints())
                .param("amountOff", event.discount().amountOff() == null ? null : event.discount().amountOff().amountMinor(),
                        java.sql.Types.BIGINT)
                .param("currency", event.discount().amountOff() == null ? null
                        : event.discount().amountOff().currency().code(), java.sql.Types.CHAR)
                .param("periods", event.discount().periods())
                .param("expires", event.expiresAt() == null ? null
                        : OffsetDateTime.ofInstant(event.expiresAt(), ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("max", event.maxRedemptions())
                .param("once", event.oncePerCustomer())
                .update();
    }

    @EventHandler
    void on(PromoCodeRedeemed event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + promoCodes + " SET redemptions = :redemptions, " + RECORD
                        + " WHERE promo_code_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("redemptions", event.redemptions())
                .param("id", event.promoCodeId().value())
                .update();
    }

    @EventHandler
    void on(PromoCodeDeactivated event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + promoCodes + " SET active = false, " + RECORD
                        + " WHERE promo_code_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.promoCodeId().value())
                .update();
    }

    @EventHandler
    void on(TaxRateScheduled event, Lineage lineage) {
        jdbc.sql("INSERT INTO " + taxRates + """
                         (organization_id, tax_schedule_id, effective_from, country, region, basis_points, inclusive,
                            last_event_id, global_position, projector_version)
                        VALUES (:org, :id, :from, :country, :region, :basisPoints, :inclusive, :eventId, :position, :projector)
                        ON CONFLICT (tax_schedule_id, effective_from) DO NOTHING
                        """)
                .param("org", event.organizationId().value())
                .param("id", event.taxScheduleId().value())
                .param("from", OffsetDateTime.ofInstant(event.effectiveFrom(), ZoneOffset.UTC))
                .param("country", event.jurisdiction().country().code())
                .param("region", event.jurisdiction().region(), java.sql.Types.VARCHAR)
                .param("basisPoints", event.rate().basisPoints())
                .param("inclusive", event.rate().inclusive())
                .param("eventId", lineage.eventId())
                .param("position", lineage.globalPosition())
                .param("projector", PROJECTOR_VERSION)
                .update();
    }
}
