package dev.ledger.query.catalog;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.catalog.PriceTier;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.ProductArchived;
import dev.ledger.kernel.catalog.ProductCreated;
import dev.ledger.kernel.price.PriceArchived;
import dev.ledger.kernel.price.PriceCreated;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.ProjectionWriter;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps {@code product_view} and {@code price_view}; archived rows stay, marked archived. */
@Component
@ProcessingGroup(CatalogProjection.PROCESSING_GROUP)
class CatalogProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "catalog-read-model";
    static final String PRODUCTS = "product_view";
    static final String PRICES = "price_view";
    static final int PROJECTOR_VERSION = 1;
    /** Joins tags for {@code string_to_array}; tags are free text without control characters, so it never occurs. */
    static final String TAG_SEPARATOR = "\u001f";

    private final ProjectionWriter jdbc;
    private final String products;
    private final String prices;

    @Autowired
    CatalogProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private CatalogProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.products = tables.of(PRODUCTS);
        this.prices = tables.of(PRICES);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(PRODUCTS, PRICES);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new CatalogProjection(jdbc, tables);
    }

    @EventHandler
    void on(ProductCreated event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + products + """
                         (organization_id, product_id, sku, name, category, tags, archived, created_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :sku, :name, :category, string_to_array(:tags, :separator), false, :at, :at,
                            :version, :position, :eventId, :projector)
                        ON CONFLICT (product_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.productId().value())
                .param("sku", event.sku().value())
                .param("name", event.name())
                .param("category", event.category())
                .param("tags", String.join(TAG_SEPARATOR, event.tags()))
                .param("separator", TAG_SEPARATOR)
                .update();
    }

    @EventHandler
    void on(ProductArchived event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + products + " SET archived = true, " + RECORD
                        + " WHERE product_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.productId().value())
                .update();
    }

    @EventHandler
    void on(PriceCreated event, Lineage lineage) {
        PriceTerms terms = event.terms();
        lineage.bind(jdbc.sql("INSERT INTO " + prices + """
                         (organization_id, price_id, product_id, currency, interval_unit, interval_count, tiers, metered,
                            trial_days, min_quantity, max_quantity, archived, created_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :product, :currency, :unit, :count, :tiers, :metered, :trialDays, :min, :max,
                            false, :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (price_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.priceId().value())
                .param("product", event.productId().value())
                .param("currency", terms.currency().code())
                .param("unit", terms.interval() == null ? null : terms.interval().unit().name(), java.sql.Types.VARCHAR)
                .param("count", terms.interval() == null ? null : terms.interval().count(), java.sql.Types.INTEGER)
                .param("tiers", tiers(terms.tiers().tiers()))
                .param("metered", terms.metered())
                .param("trialDays", terms.trialDays())
                .param("min", terms.minQuantity())
                .param("max", terms.maxQuantity())
                .update();
    }

    @EventHandler
    void on(PriceArchived event, Lineage lineage) {
        lineage.bind(jdbc.sql("UPDATE " + prices + " SET archived = true, " + RECORD
                        + " WHERE price_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                .param("id", event.priceId().value())
                .update();
    }

    static String tiers(List<PriceTier> tiers) {
        return tiers.stream()
                .map(tier -> (tier.upTo() == null ? "*" : tier.upTo().toString()) + ":" + tier.unitAmountMinor())
                .collect(Collectors.joining(","));
    }
}
