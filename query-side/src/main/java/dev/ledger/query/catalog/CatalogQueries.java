package dev.ledger.query.catalog;

import static dev.ledger.query.spec.Specification.equalTo;

import dev.ledger.query.catalog.api.ListPrices;
import dev.ledger.query.catalog.api.ListProducts;
import dev.ledger.query.catalog.api.PricePage;
import dev.ledger.query.catalog.api.PriceView;
import dev.ledger.query.catalog.api.ProductPage;
import dev.ledger.query.catalog.api.ProductView;
import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.tenancy.TenantReads;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class CatalogQueries {

    static final Column<UUID> PRODUCT_ID = Column.uuid("product_id");
    static final Column<String> SKU = Column.text("sku");
    static final Column<String> NAME = Column.text("name");
    static final Column<String> CATEGORY = Column.text("category");
    static final Column<Boolean> ARCHIVED = Column.bool("archived");
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");
    static final Column<UUID> PRICE_ID = Column.uuid("price_id");
    static final Column<String> CURRENCY = Column.text("currency");
    static final Column<String> UNIT = Column.text("interval_unit").nullable();
    static final Column<Integer> COUNT = Column.int32("interval_count").nullable();
    static final Column<String> TIERS = Column.text("tiers");
    static final Column<Boolean> METERED = Column.bool("metered");
    static final Column<Integer> TRIAL_DAYS = Column.int32("trial_days");
    static final Column<Long> MIN = Column.int64("min_quantity");
    static final Column<Long> MAX = Column.int64("max_quantity");

    private static final ReadQuery<ProductView> PRODUCTS = ReadQuery.of("product_view",
            List.of(PRODUCT_ID, SKU, NAME, CATEGORY, ARCHIVED, CREATED_AT, VERSION),
            PRODUCT_ID,
            (row, n) -> new ProductView(PRODUCT_ID.read(row), SKU.read(row), NAME.read(row), CATEGORY.read(row),
                    List.of(), ARCHIVED.read(row), CREATED_AT.read(row), VERSION.read(row)));

    private static final ReadQuery<PriceView> PRICES = ReadQuery.of("price_view",
            List.of(PRICE_ID, PRODUCT_ID, CURRENCY, UNIT, COUNT, TIERS, METERED, TRIAL_DAYS, MIN, MAX, ARCHIVED,
                    CREATED_AT, VERSION),
            PRICE_ID,
            (row, n) -> new PriceView(PRICE_ID.read(row), PRODUCT_ID.read(row), CURRENCY.read(row), UNIT.read(row),
                    COUNT.read(row), tiers(TIERS.read(row)), METERED.read(row), TRIAL_DAYS.read(row), MIN.read(row),
                    MAX.read(row), ARCHIVED.read(row), CREATED_AT.read(row), VERSION.read(row)));

    private final TenantReads reads;

    CatalogQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    ProductPage handle(ListProducts query) {
        return new ProductPage(reads.asTenant(query.organizationId(), jdbc -> {
            var page = PRODUCTS.find(jdbc, query.organizationId(), Filters.where().toSpecification(),
                    Sort.descending(CREATED_AT), query.page());
            // Tags are an array column the generic reader does not map: read them for the page's products.
            return new dev.ledger.query.spec.Page<>(page.items().stream().map(product -> new ProductView(
                    product.productId(), product.sku(), product.name(), product.category(),
                    jdbc.sql("SELECT tags FROM product_view WHERE organization_id = ? AND product_id = ?")
                            .params(query.organizationId().value(), product.productId())
                            .query((row, n) -> tags(row.getArray(1))).single(),
                    product.archived(), product.createdAt(), product.version())).toList(),
                    page.nextCursor(), page.total());
        }));
    }

    @QueryHandler
    PricePage handle(ListPrices query) {
        var where = Filters.where()
                .ifPresent(query.productId(), product -> equalTo(PRODUCT_ID, product.value()))
                .toSpecification();
        return new PricePage(reads.asTenant(query.organizationId(), jdbc ->
                PRICES.find(jdbc, query.organizationId(), where, Sort.descending(CREATED_AT), query.page())));
    }

    private static List<String> tags(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    static List<PriceView.TierView> tiers(String text) {
        return Arrays.stream(text.split(",")).map(pair -> pair.split(":"))
                .map(pair -> new PriceView.TierView(pair[0].equals("*") ? null : Long.valueOf(pair[0]),
                        Long.parseLong(pair[1])))
                .toList();
    }
}
