package dev.ledger.infra.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import dev.ledger.kernel.Money;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import static dev.ledger.infra.web.RequestValues.tenant;

import dev.ledger.command.catalog.api.ArchivePrice;
import dev.ledger.command.catalog.api.ArchiveProduct;
import dev.ledger.command.catalog.api.CreatePrice;
import dev.ledger.command.catalog.api.CreateProduct;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.IntervalUnit;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.catalog.PriceTerms;
import dev.ledger.kernel.catalog.PriceTier;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.catalog.ProductId;
import dev.ledger.kernel.catalog.Sku;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import dev.ledger.query.catalog.api.ListPrices;
import dev.ledger.query.catalog.api.ListProducts;
import dev.ledger.query.catalog.api.PricePage;
import dev.ledger.query.catalog.api.PriceView;
import dev.ledger.query.catalog.api.ProductPage;
import dev.ledger.query.catalog.api.ProductView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog: products (SKU unique per organization) and their prices; both are archived, never deleted. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}")
class CatalogController {

    private final BillingRequests requests;
    private final QueryGateway queries;

    CatalogController(QueryGateway queries, IdempotentRequests idempotency) {
        this.requests = new BillingRequests(idempotency);
        this.queries = queries;
    }

    @Operation(summary = "List the catalog's products, newest first")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/products")
    PageResponse<ProductView> products(@PathVariable String organizationId,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset, @RequestParam(defaultValue = "false") boolean includeTotal) {
        ListProducts query = new ListProducts(tenant(organizationId),
                PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, ProductPage.class)).page());
    }

    @Operation(summary = "List prices, of one product if named, newest first")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/prices")
    PageResponse<PriceView> prices(@PathVariable String organizationId,
            @RequestParam(required = false) String productId,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset, @RequestParam(defaultValue = "false") boolean includeTotal) {
        OrganizationId tenant = tenant(organizationId);
        ProductId product = productId == null ? null : InvalidRequest.field("productId", () -> ProductId.parse(productId));
        ListPrices query = new ListPrices(tenant, product, PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, PricePage.class)).page());
    }

    record ProductRequest(@Size(max = Limits.TEXT) String sku, @Size(max = Limits.TEXT) String name, @Size(max = Limits.TEXT) String category, @Size(max = Limits.LIST) List<@Size(max = Limits.TEXT) String> tags) {
    }

    record IntervalRequest(@Size(max = Limits.TEXT) String unit, Integer count) {
    }

    record TierRequest(Long upTo, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long unitAmountMinor) {
    }

    /** No interval: a one-time price. Tiers are graduated; a single tier without upTo is a flat unit price. */
    record PriceRequest(@Size(max = Limits.TEXT) String productId, @Size(max = Limits.TEXT) String currency, @Valid IntervalRequest interval, @Size(max = Limits.LIST) List<@Valid TierRequest> tiers,
            Boolean metered, Integer trialDays, Long minQuantity, Long maxQuantity) {
    }

    record ProductCreated(String productId) {
    }

    record PriceCreated(String priceId) {
    }

    @Operation(summary = "Add a product; its SKU must be new in the organization")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/products")
    ResponseEntity<?> createProduct(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid ProductRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        Sku sku = fields.field("sku", () -> Sku.of(request.sku()));
        CreateProduct command = fields.field("name", () -> sku == null ? null
                : new CreateProduct(tenant, sku, request.name(), request.category(), request.tags()));
        fields.throwIfAny();
        ProductId product = command.productId();
        return requests.create(tenant.value(), idempotencyKey, "products", request,
                "/api/v1/organizations/" + tenant + "/products/" + product, new ProductCreated(product.toString()),
                () -> command);
    }

    @Operation(summary = "Archive a product: it takes no new price")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/products/{productId}/archive")
    ResponseEntity<?> archiveProduct(@PathVariable String organizationId, @PathVariable String productId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        OrganizationId tenant = tenant(organizationId);
        ProductId product = InvalidRequest.field("productId", () -> ProductId.parse(productId));
        return requests.send(tenant.value(), idempotencyKey, "products " + productId, "archive", null, productId,
                () -> new ArchiveProduct(tenant, product));
    }

    @Operation(summary = "Set a price of an active product; amounts in minor units of its currency")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/prices")
    ResponseEntity<?> createPrice(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid PriceRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        ProductId product = fields.field("productId", () -> ProductId.parse(request.productId()));
        CurrencyCode currency = fields.field("currency", () -> CurrencyCode.of(request.currency()));
        BillingInterval interval = request.interval() == null ? null : fields.field("interval", () -> new BillingInterval(
                IntervalUnit.valueOf(InvalidValue.required("interval.unit", request.interval().unit()).toUpperCase(Locale.ROOT)),
                InvalidValue.required("interval.count", request.interval().count())));
        PriceTiers tiers = fields.field("tiers", () -> new PriceTiers(InvalidValue.required("tiers", request.tiers()).stream()
                .map(tier -> new PriceTier(tier.upTo(), InvalidValue.required("tiers.unitAmountMinor", tier.unitAmountMinor())))
                .toList()));
        PriceTerms terms = fields.field("terms", () -> currency == null || tiers == null ? null
                : new PriceTerms(currency, interval, tiers, Boolean.TRUE.equals(request.metered()),
                        request.trialDays() == null ? 0 : request.trialDays(),
                        request.minQuantity() == null ? 1 : request.minQuantity(),
                        request.maxQuantity() == null ? 1_000_000 : request.maxQuantity()));
        fields.throwIfAny();
        PriceId price = PriceId.newId();
        CreatePrice command = new CreatePrice(tenant, price, product, terms);
        return requests.create(tenant.value(), idempotencyKey, "prices", request,
                "/api/v1/organizations/" + tenant + "/prices/" + price, new PriceCreated(price.toString()), () -> command);
    }

    @Operation(summary = "Archive a price: subscriptions keep it, new ones cannot choose it")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/prices/{priceId}/archive")
    ResponseEntity<?> archivePrice(@PathVariable String organizationId, @PathVariable String priceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        OrganizationId tenant = tenant(organizationId);
        PriceId price = InvalidRequest.field("priceId", () -> PriceId.parse(priceId));
        return requests.send(tenant.value(), idempotencyKey, "prices " + priceId, "archive", null, priceId,
                () -> new ArchivePrice(tenant, price));
    }
}
