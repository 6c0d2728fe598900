package dev.ledger.infra.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import dev.ledger.kernel.Money;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import static dev.ledger.infra.web.RequestValues.tenant;

import dev.ledger.command.currency.api.ChangeSupportedCurrencies;
import dev.ledger.command.currency.api.RecordExchangeRate;
import dev.ledger.command.promo.api.CreatePromoCode;
import dev.ledger.command.promo.api.DeactivatePromoCode;
import dev.ledger.command.tax.api.ScheduleTaxRate;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.currency.ExchangeRate;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.promo.PromoCodeId;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.kernel.tax.TaxRate;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import dev.ledger.query.settings.api.ExchangeRateView;
import dev.ledger.query.settings.api.FindExchangeRate;
import dev.ledger.query.settings.api.ListPromoCodes;
import dev.ledger.query.settings.api.ListSupportedCurrencies;
import dev.ledger.query.settings.api.SupportedCurrenciesView;
import dev.ledger.query.settings.api.ListTaxRates;
import dev.ledger.query.settings.api.PromoCodePage;
import dev.ledger.query.settings.api.PromoCodeView;
import dev.ledger.query.settings.api.TaxRateView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What billing is configured with: tax rates, promo codes, supported currencies and recorded exchange rates. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}")
class BillingSettingsController {

    private final BillingRequests requests;
    private final QueryGateway queries;

    private final java.time.Clock clock;

    BillingSettingsController(QueryGateway queries, IdempotentRequests idempotency,
            java.time.Clock clock) {
        this.requests = new BillingRequests(idempotency);
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(summary = "Every scheduled tax rate, by country and effective time")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/tax-rates")
    List<TaxRateView> taxRates(@PathVariable String organizationId) {
        return Answers.of(queries.query(new ListTaxRates(tenant(organizationId)),
                ResponseTypes.multipleInstancesOf(TaxRateView.class)));
    }

    @Operation(summary = "List promo codes with their redemption counts, newest first")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/promo-codes")
    PageResponse<PromoCodeView> promoCodes(@PathVariable String organizationId,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset, @RequestParam(defaultValue = "false") boolean includeTotal) {
        ListPromoCodes query = new ListPromoCodes(tenant(organizationId),
                PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, PromoCodePage.class)).page());
    }

    @Operation(summary = "The ISO 4217 currencies the organization bills in (its default currency alone until it sets some)")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/currencies")
    SupportedCurrenciesView supportedCurrencies(@PathVariable String organizationId) {
        return Answers.of(queries.query(new ListSupportedCurrencies(tenant(organizationId)), SupportedCurrenciesView.class));
    }

    @Operation(summary = "The exchange rate from base to quote in effect at asOf (default now), with its source")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/exchange-rates")
    ExchangeRateView exchangeRate(@PathVariable String organizationId,
            @RequestParam(required = false) String base, @RequestParam(required = false) String quote,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CurrencyCode baseCode = fields.field("base", () -> CurrencyCode.of(base));
        CurrencyCode quoteCode = fields.field("quote", () -> CurrencyCode.of(quote));
        fields.throwIfAny();
        Instant at = asOf == null ? java.time.Instant.now(clock) : asOf;
        return Answers.of(queries.query(new FindExchangeRate(tenant, baseCode, quoteCode, at),
                        ResponseTypes.optionalInstanceOf(ExchangeRateView.class)))
                .orElseThrow(() -> new NotFound("no " + baseCode + "/" + quoteCode + " rate in effect at " + at));
    }

    /** {@code basisPoints}: 1900 is 19 %. {@code effectiveFrom} now or later, after the latest scheduled rate. */
    record TaxRateRequest(@Size(max = Limits.TEXT) String country, @Size(max = Limits.TEXT) String region, Integer basisPoints, Boolean inclusive, Instant effectiveFrom) {
    }

    /** Either {@code percentBasisPoints} or {@code amountOffMinor} with {@code currency}; {@code periods} 0: forever. */
    record PromoCodeRequest(@Size(max = Limits.TEXT) String code, Integer percentBasisPoints, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long amountOffMinor, @Size(max = Limits.TEXT) String currency,
            Integer periods, Instant expiresAt, Integer maxRedemptions, Boolean oncePerCustomer) {
    }

    record CurrenciesRequest(@Size(max = Limits.LIST) List<@Size(max = Limits.TEXT) String> currencies) {
    }

    record ExchangeRateRequest(@Size(max = Limits.TEXT) String base, @Size(max = Limits.TEXT) String quote, @Size(max = Limits.TEXT) String rate, @Size(max = Limits.TEXT) String source, Instant effectiveAt) {
    }

    record PromoCodeCreated(String promoCodeId, String code) {
    }

    @Operation(summary = "Schedule a tax rate for a country (and region), effective from a moment on")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/tax-rates")
    ResponseEntity<?> scheduleTaxRate(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid TaxRateRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        TaxJurisdiction jurisdiction = fields.field("country",
                () -> new TaxJurisdiction(CountryCode.of(request.country()), request.region()));
        TaxRate rate = fields.field("basisPoints", () -> new TaxRate(
                InvalidValue.required("basisPoints", request.basisPoints()), Boolean.TRUE.equals(request.inclusive())));
        ScheduleTaxRate command = fields.field("effectiveFrom", () -> jurisdiction == null || rate == null ? null
                : new ScheduleTaxRate(tenant, jurisdiction, rate, request.effectiveFrom()));
        fields.throwIfAny();
        return requests.send(tenant.value(), idempotencyKey, "tax-rates", "schedule", request,
                command.taxScheduleId().toString(), () -> command);
    }

    @Operation(summary = "Create a promo code: percent or fixed amount, expiry, maximum redemptions, once per customer")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/promo-codes")
    ResponseEntity<?> createPromoCode(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid PromoCodeRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CouponCode code = fields.field("code", () -> CouponCode.of(request.code()));
        int periods = request.periods() == null ? 0 : request.periods();
        PromoDiscount discount = fields.field("discount", () -> request.amountOffMinor() == null
                ? PromoDiscount.percent(request.percentBasisPoints() == null ? 0 : request.percentBasisPoints(), periods)
                : PromoDiscount.amountOff(new Money(request.amountOffMinor(), CurrencyCode.of(request.currency())), periods));
        CreatePromoCode command = fields.field("maxRedemptions", () -> code == null || discount == null ? null
                : new CreatePromoCode(tenant, code, discount, request.expiresAt(),
                        request.maxRedemptions() == null ? 0 : request.maxRedemptions(),
                        Boolean.TRUE.equals(request.oncePerCustomer())));
        fields.throwIfAny();
        PromoCodeId id = command.promoCodeId();
        return requests.create(tenant.value(), idempotencyKey, "promo-codes", request,
                "/api/v1/organizations/" + tenant + "/promo-codes/" + code, new PromoCodeCreated(id.toString(), code.value()),
                () -> command);
    }

    @Operation(summary = "Deactivate a promo code; past redemptions keep their discount")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/promo-codes/{code}/deactivate")
    ResponseEntity<?> deactivatePromoCode(@PathVariable String organizationId, @PathVariable String code,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        OrganizationId tenant = tenant(organizationId);
        CouponCode coupon = InvalidRequest.field("code", () -> CouponCode.of(code));
        PromoCodeId id = PromoCodeId.forCode(tenant, coupon);
        return requests.send(tenant.value(), idempotencyKey, "promo-codes " + code, "deactivate", null, id.toString(),
                () -> new DeactivatePromoCode(tenant, id));
    }

    @Operation(summary = "Set the ISO 4217 currencies the organization bills in")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/currencies")
    ResponseEntity<?> currencies(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid CurrenciesRequest request) {
        OrganizationId tenant = tenant(organizationId);
        ChangeSupportedCurrencies command = InvalidRequest.field("currencies", () -> new ChangeSupportedCurrencies(tenant,
                InvalidValue.required("currencies", request.currencies()).stream().map(CurrencyCode::of).toList()));
        return requests.send(tenant.value(), idempotencyKey, "currencies", "change", request,
                command.currencySettingsId().toString(), () -> command);
    }

    @Operation(summary = "Record an exchange rate with its source and effective time (for reports; amounts never change)")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/exchange-rates")
    ResponseEntity<?> exchangeRate(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid ExchangeRateRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CurrencyCode base = fields.field("base", () -> CurrencyCode.of(request.base()));
        CurrencyCode quote = fields.field("quote", () -> CurrencyCode.of(request.quote()));
        ExchangeRate rate = fields.field("rate", () -> ExchangeRate.parse(request.rate()));
        RecordExchangeRate command = fields.field("source", () -> base == null || quote == null || rate == null ? null
                : new RecordExchangeRate(tenant, base, quote, rate, request.source(), request.effectiveAt()));
        fields.throwIfAny();
        return requests.send(tenant.value(), idempotencyKey, "exchange-rates", "record", request,
                command.currencySettingsId().toString(), () -> command);
    }
}
