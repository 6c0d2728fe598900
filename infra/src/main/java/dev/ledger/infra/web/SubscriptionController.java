package dev.ledger.infra.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import dev.ledger.kernel.Money;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import static dev.ledger.infra.web.RequestValues.IF_MATCH;
import static dev.ledger.infra.web.RequestValues.expectedVersion;
import static dev.ledger.infra.web.RequestValues.tenant;
import static dev.ledger.infra.web.RequestValues.withVersion;

import dev.ledger.command.subscription.api.ApplyPromoCode;
import dev.ledger.command.subscription.api.CancelSubscription;
import dev.ledger.command.subscription.api.ChangeSubscriptionPlan;
import dev.ledger.command.subscription.api.CreateSubscription;
import dev.ledger.command.subscription.api.PauseSubscription;
import dev.ledger.command.subscription.api.RecordUsage;
import dev.ledger.command.subscription.api.ResumeSubscription;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.catalog.PriceId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.promo.CouponCode;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.subscription.SubscriptionStatus;
import dev.ledger.kernel.subscription.UsageKey;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.query.subscription.api.FindSubscription;
import dev.ledger.query.subscription.api.ListSubscriptions;
import dev.ledger.query.subscription.api.SubscriptionPage;
import dev.ledger.query.subscription.api.SubscriptionView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions: create, usage, promo code, plan change, pause, resume, cancel; read from the read model. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/subscriptions")
class SubscriptionController {

    private final BillingRequests requests;
    private final QueryGateway queries;

    SubscriptionController(QueryGateway queries, IdempotentRequests idempotency) {
        this.requests = new BillingRequests(idempotency);
        this.queries = queries;
    }

    /** {@code trialDays} defaults to the plan price's; {@code country}/{@code region} is where the customer is taxed. */
    record CreateRequest(@Size(max = Limits.TEXT) String customerId, @Size(max = Limits.TEXT) String planPriceId, Long quantity, @Size(max = Limits.TEXT) String meteredPriceId, @Size(max = Limits.TEXT) String country,
            @Size(max = Limits.TEXT) String region, Integer trialDays, Integer pastDueGraceDays) {
    }

    record UsageRequest(@Size(max = Limits.TEXT) String key, Long quantity) {
    }

    record PromoCodeRequest(@Size(max = Limits.TEXT) String code) {
    }

    record PlanRequest(@Size(max = Limits.TEXT) String priceId, Long quantity) {
    }

    record CancelRequest(Boolean atPeriodEnd, @Size(max = Limits.TEXT) String reason) {
    }

    record SubscriptionCreated(String subscriptionId) {
    }

    @Operation(summary = "Subscribe a customer to a recurring price; the first period starts after the trial")
    @RequiresRole(Role.OPERATOR)
    @PostMapping
    ResponseEntity<?> create(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid CreateRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(request.customerId()));
        PriceId plan = fields.field("planPriceId", () -> PriceId.parse(request.planPriceId()));
        Long quantity = fields.field("quantity", () -> InvalidValue.required("quantity", request.quantity()));
        PriceId metered = request.meteredPriceId() == null ? null
                : fields.field("meteredPriceId", () -> PriceId.parse(request.meteredPriceId()));
        TaxJurisdiction jurisdiction = fields.field("country",
                () -> new TaxJurisdiction(CountryCode.of(request.country()), request.region()));
        SubscriptionId subscription = SubscriptionId.newId();
        CreateSubscription command = fields.field("trialDays", () -> new CreateSubscription(tenant, subscription,
                customer, plan, quantity == null ? 0 : quantity, metered, jurisdiction, request.trialDays(),
                request.pastDueGraceDays() == null ? 0 : request.pastDueGraceDays()));
        fields.throwIfAny();
        return requests.create(tenant.value(), idempotencyKey, "subscriptions", request,
                "/api/v1/organizations/" + tenant + "/subscriptions/" + subscription,
                new SubscriptionCreated(subscription.toString()), () -> command);
    }

    @Operation(summary = "Report usage of the metered price; a report retried with the same key counts once")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/usage")
    ResponseEntity<?> usage(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid UsageRequest request) {
        return transition(organizationId, subscriptionId, idempotencyKey, null, "usage", request, (target, fields) -> {
            UsageKey key = fields.field("key", () -> UsageKey.of(request.key()));
            Long quantity = fields.field("quantity", () -> InvalidValue.required("quantity", request.quantity()));
            return fields.field("quantity", () -> quantity == null ? null
                    : new RecordUsage(target.tenant(), target.subscription(), key, quantity));
        });
    }

    @Operation(summary = "Redeem a promo code for the subscription")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/promo-code")
    ResponseEntity<?> promoCode(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid PromoCodeRequest request) {
        return transition(organizationId, subscriptionId, idempotencyKey, null, "promo-code", request, (target, fields) ->
                new ApplyPromoCode(target.tenant(), target.subscription(),
                        fields.field("code", () -> CouponCode.of(request.code()))));
    }

    @Operation(summary = "Change the plan's price and/or quantity now, prorated by the seconds left in the period")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/change-plan")
    ResponseEntity<?> changePlan(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody @Valid PlanRequest request) {
        return transition(organizationId, subscriptionId, idempotencyKey, ifMatch, "change-plan", request, (target, fields) -> {
            PriceId price = fields.field("priceId", () -> PriceId.parse(request.priceId()));
            Long quantity = fields.field("quantity", () -> InvalidValue.required("quantity", request.quantity()));
            return new ChangeSubscriptionPlan(target.tenant(), target.subscription(), price,
                    quantity == null ? 0 : quantity, target.version());
        });
    }

    @Operation(summary = "Pause billing")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/pause")
    ResponseEntity<?> pause(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return transition(organizationId, subscriptionId, idempotencyKey, ifMatch, "pause", null,
                (target, fields) -> new PauseSubscription(target.tenant(), target.subscription(), target.version()));
    }

    @Operation(summary = "Resume billing from the next period")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/resume")
    ResponseEntity<?> resume(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return transition(organizationId, subscriptionId, idempotencyKey, ifMatch, "resume", null,
                (target, fields) -> new ResumeSubscription(target.tenant(), target.subscription(), target.version()));
    }

    @Operation(summary = "Cancel now (usage so far is billed) or at the end of the period")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{subscriptionId}/cancel")
    ResponseEntity<?> cancel(@PathVariable String organizationId, @PathVariable String subscriptionId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody @Valid CancelRequest request) {
        return transition(organizationId, subscriptionId, idempotencyKey, ifMatch, "cancel", request, (target, fields) ->
                fields.field("reason", () -> new CancelSubscription(target.tenant(), target.subscription(),
                        Boolean.TRUE.equals(request.atPeriodEnd()), request.reason(), target.version())));
    }

    @Operation(summary = "Read a subscription; the ETag is its version")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{subscriptionId}")
    ResponseEntity<SubscriptionView> find(@PathVariable String organizationId, @PathVariable String subscriptionId) {
        OrganizationId tenant = tenant(organizationId);
        SubscriptionId subscription = InvalidRequest.field("subscriptionId", () -> SubscriptionId.parse(subscriptionId));
        SubscriptionView view = Answers.of(queries.query(new FindSubscription(tenant, subscription),
                        ResponseTypes.optionalInstanceOf(SubscriptionView.class)))
                .orElseThrow(() -> new NotFound("subscription " + subscriptionId));
        return withVersion(view, view.version());
    }

    @Operation(summary = "List subscriptions, optionally of one status and customer, paged")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping
    PageResponse<SubscriptionView> list(@PathVariable String organizationId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            @RequestParam(defaultValue = "false") boolean includeTotal) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        SubscriptionStatus state = status == null ? null : fields.field("status", () -> statusOf(status));
        CustomerId customer = customerId == null ? null : fields.field("customerId", () -> CustomerId.parse(customerId));
        fields.throwIfAny();
        ListSubscriptions query = new ListSubscriptions(tenant, state, customer, sort,
                PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, SubscriptionPage.class)).page());
    }

    private static SubscriptionStatus statusOf(String name) {
        try {
            return SubscriptionStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("status", "is not a subscription status: " + name);
        }
    }

    private record Target(OrganizationId tenant, SubscriptionId subscription, Long version) {
    }

    private interface CommandBuilder {
        Object build(Target target, InvalidRequest.Collector fields);
    }

    private ResponseEntity<?> transition(String organizationId, String subscriptionId, String idempotencyKey,
            String ifMatch, String action, Object request, CommandBuilder builder) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        SubscriptionId subscription = fields.field("subscriptionId", () -> SubscriptionId.parse(subscriptionId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        fields.throwIfAny();
        Object command = builder.build(new Target(tenant, subscription, version), fields);
        fields.throwIfAny();
        return requests.send(tenant.value(), idempotencyKey, "subscriptions " + subscriptionId, action, request,
                subscriptionId, () -> command);
    }
}
