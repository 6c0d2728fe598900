package dev.ledger.infra.web;

import static dev.ledger.infra.web.RequestValues.IF_MATCH;
import static dev.ledger.infra.web.RequestValues.expectedVersion;
import static dev.ledger.infra.web.RequestValues.tenant;
import static dev.ledger.infra.web.RequestValues.withVersion;

import dev.ledger.command.paymentorder.api.AuthorizePayment;
import dev.ledger.command.paymentorder.api.AuthorizeWithProvider;
import dev.ledger.command.paymentorder.api.CancelPayment;
import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.paymentorder.api.FailPayment;
import dev.ledger.command.paymentorder.api.PaymentOrderAccepted;
import dev.ledger.command.paymentorder.api.RecordProviderTransaction;
import dev.ledger.command.paymentorder.api.RefundPayment;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import dev.ledger.kernel.paymentorder.ProviderReference;
import dev.ledger.query.paymentorder.api.FindPaymentOrder;
import dev.ledger.query.paymentorder.api.ListPaymentOrders;
import dev.ledger.query.paymentorder.api.ListProviderTransactions;
import dev.ledger.query.paymentorder.api.PaymentOrderFilter;
import dev.ledger.query.paymentorder.api.PaymentOrderView;
import dev.ledger.query.paymentorder.api.ProviderTransactionView;
import dev.ledger.query.paymentorder.api.PaymentOrderPage;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payment orders: create, each transition its own POST, read from the read model, list with filters. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/payment-orders")
class PaymentOrderController {

    private final QueryGateway queries;
    private final IdempotentRequests idempotency;

    PaymentOrderController(QueryGateway queries, IdempotentRequests idempotency) {
        this.queries = queries;
        this.idempotency = idempotency;
    }

    /** Amounts are integer minor units of {@code currency} (1050 EUR is 10.50 EUR). */
    record CreateRequest(@Size(max = Limits.SHORT) String customerId, @Size(max = Limits.SHORT) String paymentMethodId, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long amountMinor,
            @Size(max = Limits.SHORT) String currency, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long feeMinor, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long taxMinor,
            @Size(max = Limits.TEXT) String description) {
    }

    record AmountRequest(@PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long amountMinor, @Size(max = Limits.SHORT) String currency,
            @Size(max = Limits.SHORT) String providerReference, @Size(max = Limits.TEXT) String reason) {
    }

    record ReasonRequest(@Size(max = Limits.TEXT) String reason) {
    }

    record FailRequest(@Size(max = Limits.SHORT) String code, Boolean retryable, @Size(max = Limits.TEXT) String message) {
    }

    record ProviderTransactionRequest(@Size(max = Limits.SHORT) String provider, @Size(max = Limits.SHORT) String providerTransactionId,
            @Size(max = Limits.SHORT) String rawStatus, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long amountMinor, @Size(max = Limits.SHORT) String currency) {
    }

    record OrderCreated(String paymentOrderId, String orderNumber) {
    }

    @Operation(summary = "Create a payment order for a customer")
    @RequiresRole(Role.OPERATOR)
    @PostMapping
    ResponseEntity<?> create(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(request.customerId()));
        PaymentMethodId method = request.paymentMethodId() == null ? null
                : fields.field("paymentMethodId", () -> PaymentMethodId.parse(request.paymentMethodId()));
        CurrencyCode currency = fields.field("currency", () -> CurrencyCode.of(request.currency()));
        Money amount = money(fields, "amountMinor", request.amountMinor(), currency, true);
        Money fee = money(fields, "feeMinor", request.feeMinor(), currency, false);
        Money tax = money(fields, "taxMinor", request.taxMinor(), currency, false);
        PaymentOrderId order = PaymentOrderId.newId();
        CreatePaymentOrder command = fields.field("amountMinor", () -> amount == null ? null
                : new CreatePaymentOrder(tenant, order, customer, method, amount, fee, tax, request.description(), null));
        fields.throwIfAny();
        return idempotency.send(tenant.value(), idempotencyKey, idempotency.fingerprint("POST", "payment-orders", request),
                command, result -> ResponseEntity.created(URI.create("/api/v1/organizations/" + tenant + "/payment-orders/" + order))
                        .body(new OrderCreated(order.toString(), ((PaymentOrderAccepted) result).orderNumber().value())));
    }

    @Operation(summary = "Authorize (all or part of) the order's amount")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/authorize")
    ResponseEntity<?> authorize(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody AmountRequest request) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "authorize", request,
                (target, fields) -> {
                    Money amount = amountOf(fields, request);
                    ProviderReference reference = request.providerReference() == null ? null
                            : fields.field("providerReference", () -> ProviderReference.of(request.providerReference()));
                    return () -> new AuthorizePayment(target.tenant(), target.order(), amount, reference, target.version());
                });
    }

    @Operation(summary = "Ask the configured payment gateway to authorize the whole order; its answer is recorded either way")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/authorize-with-provider")
    ResponseEntity<?> authorizeWithProvider(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "authorize-with-provider", null,
                (target, fields) -> () -> new AuthorizeWithProvider(target.tenant(), target.order(), target.version()));
    }

    @Operation(summary = "Capture authorized money; several partial captures up to the authorized amount")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/capture")
    ResponseEntity<?> capture(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody AmountRequest request) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "capture", request,
                (target, fields) -> {
                    Money amount = amountOf(fields, request);
                    return () -> new CapturePayment(target.tenant(), target.order(), amount, target.version());
                });
    }

    @Operation(summary = "Refund captured money, partially or fully; never more than captured")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/refund")
    ResponseEntity<?> refund(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody AmountRequest request) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "refund", request,
                (target, fields) -> {
                    Money amount = amountOf(fields, request);
                    return () -> new RefundPayment(target.tenant(), target.order(), amount, request.reason(), target.version());
                });
    }

    @Operation(summary = "Cancel an order that is created or authorized")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/cancel")
    ResponseEntity<?> cancel(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) ReasonRequest request) {
        String reason = request == null ? null : request.reason();
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "cancel", request,
                (target, fields) -> () -> new CancelPayment(target.tenant(), target.order(), reason, target.version()));
    }

    @Operation(summary = "Record that a pending order failed, with a reason code and whether a retry may help")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/fail")
    ResponseEntity<?> fail(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody FailRequest request) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "fail", request,
                (target, fields) -> {
                    Boolean retryable = fields.field("retryable", () -> InvalidValue.required("retryable", request.retryable()));
                    FailureReason reason = fields.field("code", () -> retryable == null ? null
                            : new FailureReason(request.code(), retryable, request.message()));
                    return () -> new FailPayment(target.tenant(), target.order(), reason, target.version());
                });
    }

    @Operation(summary = "Record what a payment gateway reported for the order")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{paymentOrderId}/provider-transactions")
    ResponseEntity<?> recordProviderTransaction(@PathVariable String organizationId, @PathVariable String paymentOrderId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProviderTransactionRequest request) {
        return transition(organizationId, paymentOrderId, idempotencyKey, ifMatch, "provider-transaction", request,
                (target, fields) -> {
                    ProviderReference transaction = fields.field("providerTransactionId",
                            () -> ProviderReference.of(request.providerTransactionId()));
                    Money amount = request.amountMinor() == null ? null : amountOf(fields,
                            new AmountRequest(request.amountMinor(), request.currency(), null, null));
                    return () -> new RecordProviderTransaction(target.tenant(), target.order(), request.provider(),
                            transaction, request.rawStatus(), amount, target.version());
                });
    }

    @Operation(summary = "Read a payment order; the ETag is its version, for If-Match")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{paymentOrderId}")
    ResponseEntity<PaymentOrderView> find(@PathVariable String organizationId, @PathVariable String paymentOrderId) {
        OrganizationId tenant = tenant(organizationId);
        PaymentOrderId order = orderId(paymentOrderId);
        PaymentOrderView view = Answers.of(queries.query(new FindPaymentOrder(tenant, order),
                        ResponseTypes.optionalInstanceOf(PaymentOrderView.class)))
                .orElseThrow(() -> new NotFound("payment order " + paymentOrderId));
        return withVersion(view, view.version());
    }

    @Operation(summary = "What payment gateways reported for an order, oldest first")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{paymentOrderId}/provider-transactions")
    List<ProviderTransactionView> providerTransactions(@PathVariable String organizationId,
            @PathVariable String paymentOrderId) {
        return Answers.of(queries.query(new ListProviderTransactions(tenant(organizationId), orderId(paymentOrderId)),
                ResponseTypes.multipleInstancesOf(ProviderTransactionView.class)));
    }

    @Operation(summary = "List payment orders, filtered (status, customer, invoice paid, currency, amount, creation time) "
            + "and paged (cursor or offset); amounts in minor units")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping
    PageResponse<PaymentOrderView> list(@PathVariable String organizationId,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String invoiceId,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) Long amountMin,
            @RequestParam(required = false) Long amountMax,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant createdTo,
            @RequestParam(required = false) String orderNumberPrefix,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            @RequestParam(defaultValue = "false") boolean includeTotal) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        Set<PaymentStatus> statuses = fields.field("status", () -> statuses(status));
        CustomerId customer = customerId == null ? null : fields.field("customerId", () -> CustomerId.parse(customerId));
        InvoiceId invoice = invoiceId == null ? null : fields.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        CurrencyCode currencyCode = currency == null ? null : fields.field("currency", () -> CurrencyCode.of(currency));
        fields.throwIfAny();
        ListPaymentOrders query = new ListPaymentOrders(tenant,
                new PaymentOrderFilter(statuses, customer, invoice, currencyCode, amountMin, amountMax, createdFrom, createdTo,
                        orderNumberPrefix),
                sort, PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, PaymentOrderPage.class)).page());
    }

    private record Target(OrganizationId tenant, PaymentOrderId order, Long version) {
    }

    /** Builds the command from the validated request; returns a supplier so validation errors are all gathered first. */
    private interface CommandBuilder {
        Supplier<Object> build(Target target, InvalidRequest.Collector fields);
    }

    private ResponseEntity<?> transition(String organizationId, String paymentOrderId, String idempotencyKey,
            String ifMatch, String action, Object request, CommandBuilder builder) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        PaymentOrderId order = fields.field("paymentOrderId", () -> PaymentOrderId.parse(paymentOrderId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        Supplier<Object> command = builder.build(new Target(tenant, order, version), fields);
        fields.throwIfAny();
        Object built = fields.field(action, command);
        fields.throwIfAny();
        return idempotency.send(tenant.value(), idempotencyKey,
                idempotency.fingerprint("POST", "payment-orders " + paymentOrderId + " " + action, request), built,
                result -> ResponseEntity.ok(new CommandAccepted(paymentOrderId, action)));
    }

    private static Money amountOf(InvalidRequest.Collector fields, AmountRequest request) {
        CurrencyCode currency = fields.field("currency", () -> CurrencyCode.of(request.currency()));
        return money(fields, "amountMinor", request.amountMinor(), currency, true);
    }

    private static Money money(InvalidRequest.Collector fields, String field, Long minor, CurrencyCode currency,
            boolean required) {
        if (minor == null) {
            if (required) {
                fields.field(field, () -> InvalidValue.required(field, null));
            }
            return null;
        }
        return currency == null ? null : fields.field(field, () -> new Money(minor, currency));
    }

    private static PaymentOrderId orderId(String paymentOrderId) {
        return InvalidRequest.field("paymentOrderId", () -> PaymentOrderId.parse(paymentOrderId));
    }

    private static Set<PaymentStatus> statuses(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        Set<PaymentStatus> statuses = EnumSet.noneOf(PaymentStatus.class);
        for (String name : names) {
            try {
                statuses.add(PaymentStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValue("status", "unknown status '" + name + "'; one of " + EnumSet.allOf(PaymentStatus.class));
            }
        }
        return statuses;
    }

}
