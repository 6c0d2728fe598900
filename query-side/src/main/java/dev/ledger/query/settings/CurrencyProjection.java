package dev.ledger.query.settings;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.currency.ExchangeRateRecorded;
import dev.ledger.kernel.currency.SupportedCurrenciesChanged;
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

/**
 * Keeps {@code supported_currency_view} (the organization's set) and {@code exchange_rate_view} (every recorded rate).
 * Its own processing group, so it starts from the first event and picks up settings recorded before it existed.
 */
@Component
@ProcessingGroup(CurrencyProjection.PROCESSING_GROUP)
class CurrencyProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "currency-read-model";
    static final String SUPPORTED = "supported_currency_view";
    static final String RATES = "exchange_rate_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String supported;
    private final String rates;

    @Autowired
    CurrencyProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private CurrencyProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.supported = tables.of(SUPPORTED);
        this.rates = tables.of(RATES);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(SUPPORTED, RATES);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new CurrencyProjection(jdbc, tables);
    }

    @EventHandler
    void on(SupportedCurrenciesChanged event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + supported + """
                         AS current (organization_id, currencies, updated_at, aggregate_version, last_global_position,
                            last_event_id, projector_version)
                        VALUES (:org, string_to_array(:currencies, ','), :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (organization_id) DO UPDATE SET currencies = EXCLUDED.currencies,
                            updated_at = EXCLUDED.updated_at, aggregate_version = EXCLUDED.aggregate_version,
                            last_global_position = EXCLUDED.last_global_position,
                            last_event_id = EXCLUDED.last_event_id, projector_version = EXCLUDED.projector_version
                        WHERE current.aggregate_version < EXCLUDED.aggregate_version
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("currencies", String.join(",", event.currencies().stream().map(CurrencyCode::code).toList()))
                .forRow(event.organizationId())
                .update();
    }

    @EventHandler
    void on(ExchangeRateRecorded event, Lineage lineage) {
        jdbc.sql("INSERT INTO " + rates + """
                         (organization_id, event_id, base, quote, rate, source, effective_at, global_position,
                            projector_version)
                        VALUES (:org, :eventId, :base, :quote, :rate, :source, :effective, :position, :projector)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("org", event.organizationId().value())
                .param("eventId", lineage.eventId())
                .param("base", event.base().code())
                .param("quote", event.quote().code())
                .param("rate", event.rate().toDecimal())
                .param("source", event.source())
                .param("effective", OffsetDateTime.ofInstant(event.effectiveAt(), ZoneOffset.UTC))
                .param("position", lineage.globalPosition())
                .param("projector", PROJECTOR_VERSION)
                .update();
    }
}
