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

import dev.ledger.command.invoice.api.DraftInvoice;
import dev.ledger.command.invoice.api.FinalizeInvoice;
import dev.ledger.command.invoice.api.IssueCreditNote;
import dev.ledger.command.invoice.api.OneTimeCharge;
import dev.ledger.command.invoice.api.MarkInvoiceUncollectible;
import dev.ledger.command.invoice.api.RequestInvoicePayment;
import dev.ledger.command.invoice.api.VoidInvoice;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CountryCode;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.CreditNoteId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceStatus;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.subscription.SubscriptionId;
import dev.ledger.kernel.tax.TaxJurisdiction;
import dev.ledger.query.invoice.api.FindInvoice;
import dev.ledger.query.invoice.api.InvoicePage;
import dev.ledger.query.invoice.api.InvoiceView;
import dev.ledger.query.invoice.api.ListInvoices;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
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

/** Invoices: draft one-time invoices and finalize them, read with their lines as issued, list, void, write off, credit back. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/invoices")
class InvoiceController {

    private final BillingRequests requests;
    private final QueryGateway queries;

    InvoiceController(QueryGateway queries, IdempotentRequests idempotency) {
        this.requests = new BillingRequests(idempotency);
        this.queries = queries;
    }

    record ReasonRequest(@Size(max = Limits.TEXT) String reason) {
    }

    record CreditNoteRequest(@PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long amountMinor, @Size(max = Limits.TEXT) String currency, @Size(max = Limits.TEXT) String reason) {
    }

    @Operation(summary = "Read an invoice with its lines; the ETag is its version")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping("/{invoiceId}")
    ResponseEntity<InvoiceView> find(@PathVariable String organizationId, @PathVariable String invoiceId) {
        OrganizationId tenant = tenant(organizationId);
        InvoiceId invoice = InvalidRequest.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        InvoiceView view = Answers.of(queries.query(new FindInvoice(tenant, invoice),
                        ResponseTypes.optionalInstanceOf(InvoiceView.class)))
                .orElseThrow(() -> new NotFound("invoice " + invoiceId));
        return withVersion(view, view.version());
    }

    @Operation(summary = "List invoices, optionally of one status and subscription, paged")
    @RequiresRole({Role.OPERATOR, Role.FINANCE, Role.AUDITOR})
    @GetMapping
    PageResponse<InvoiceView> list(@PathVariable String organizationId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String subscriptionId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            @RequestParam(defaultValue = "false") boolean includeTotal) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        InvoiceStatus state = status == null ? null : fields.field("status", () -> statusOf(status));
        SubscriptionId subscription = subscriptionId == null ? null
                : fields.field("subscriptionId", () -> SubscriptionId.parse(subscriptionId));
        fields.throwIfAny();
        ListInvoices query = new ListInvoices(tenant, state, subscription, sort,
                PageResponse.request(cursor, limit, offset, includeTotal));
        return PageResponse.of(Answers.of(queries.query(query, InvoicePage.class)).page());
    }

    @Operation(summary = "Void a draft or open invoice")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{invoiceId}/void")
    ResponseEntity<?> voidInvoice(@PathVariable String organizationId, @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody @Valid ReasonRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvoiceId invoice = InvalidRequest.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        Long version = InvalidRequest.field(IF_MATCH, () -> expectedVersion(ifMatch));
        VoidInvoice command = InvalidRequest.field("reason", () -> new VoidInvoice(tenant, invoice, request.reason(), version));
        return requests.send(tenant.value(), idempotencyKey, "invoices " + invoiceId, "void", request, invoiceId,
                () -> command);
    }

    @Operation(summary = "Write an open invoice off as uncollectible")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{invoiceId}/mark-uncollectible")
    ResponseEntity<?> markUncollectible(@PathVariable String organizationId, @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody @Valid ReasonRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvoiceId invoice = InvalidRequest.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        Long version = InvalidRequest.field(IF_MATCH, () -> expectedVersion(ifMatch));
        MarkInvoiceUncollectible command = InvalidRequest.field("reason",
                () -> new MarkInvoiceUncollectible(tenant, invoice, request.reason(), version));
        return requests.send(tenant.value(), idempotencyKey, "invoices " + invoiceId, "mark-uncollectible", request,
                invoiceId, () -> command);
    }

    @Operation(summary = "Credit part of a paid invoice back (a refund); never more than was paid")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{invoiceId}/credit-notes")
    ResponseEntity<?> creditNote(@PathVariable String organizationId, @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody @Valid CreditNoteRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        InvoiceId invoice = fields.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        CurrencyCode currency = fields.field("currency", () -> CurrencyCode.of(request.currency()));
        Money amount = fields.field("amountMinor", () -> currency == null ? null
                : new Money(InvalidValue.required("amountMinor", request.amountMinor()), currency));
        IssueCreditNote command = fields.field("reason", () -> amount == null ? null
                : new IssueCreditNote(tenant, invoice, CreditNoteId.newId(), amount, request.reason(), version));
        fields.throwIfAny();
        return requests.send(tenant.value(), idempotencyKey, "invoices " + invoiceId, "credit-note", request,
                invoiceId, () -> command);
    }

    record PaymentStarted(String invoiceId, String paymentOrderId) {
    }

    /** One charge: {@code quantity} (default 1) x {@code unitAmountMinor} in the invoice's currency, before tax. */
    record ChargeRequest(@Size(max = Limits.TEXT) String description, @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long quantity,
            @PositiveOrZero @Max(Money.MAX_MINOR_UNITS) Long unitAmountMinor) {
    }

    /** Taxed by the organization's rate for {@code country} (and {@code region}) in effect now; untaxed without one. */
    record DraftRequest(@Size(max = Limits.SHORT) String customerId, @Size(max = Limits.SHORT) String currency,
            @Size(max = Limits.SHORT) String country, @Size(max = Limits.TEXT) String region,
            @Size(max = DraftInvoice.MAX_CHARGES) List<@Valid ChargeRequest> lines, Boolean finalizeNow) {
    }

    record InvoiceCreated(String invoiceId) {
    }

    @Operation(summary = "Draft a one-time invoice from charges (finalizeNow: true also opens it under the next number)")
    @RequiresRole(Role.OPERATOR)
    @PostMapping
    ResponseEntity<?> draft(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody @Valid DraftRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(request.customerId()));
        CurrencyCode currency = fields.field("currency", () -> CurrencyCode.of(request.currency()));
        TaxJurisdiction jurisdiction = fields.field("country",
                () -> new TaxJurisdiction(CountryCode.of(request.country()), request.region()));
        List<OneTimeCharge> charges = fields.field("lines", () -> charges(request.lines(), currency, fields));
        InvoiceId invoice = InvoiceId.newId();
        DraftInvoice command = fields.field("lines", () -> customer == null || jurisdiction == null || charges == null
                ? null : new DraftInvoice(tenant, invoice, customer, jurisdiction, charges,
                        Boolean.TRUE.equals(request.finalizeNow())));
        fields.throwIfAny();
        return requests.create(tenant.value(), idempotencyKey, "invoices", request,
                "/api/v1/organizations/" + tenant + "/invoices/" + invoice, new InvoiceCreated(invoice.toString()),
                () -> command);
    }

    /** Each line's errors are named {@code lines[i].field}; null when a line (or the currency) is at fault. */
    private static List<OneTimeCharge> charges(List<ChargeRequest> lines, CurrencyCode currency,
            InvalidRequest.Collector fields) {
        InvalidValue.required("lines", lines);
        List<OneTimeCharge> charges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChargeRequest line = lines.get(i);
            String at = "lines[" + i + "]";
            try {
                InvalidValue.required("", line);
                if (currency != null) {
                    charges.add(new OneTimeCharge(line.description(), line.quantity() == null ? 1 : line.quantity(),
                            new Money(InvalidValue.required("unitAmountMinor", line.unitAmountMinor()), currency)));
                }
            } catch (InvalidValue invalid) {
                String field = invalid.field().isEmpty() ? at : at + "." + switch (invalid.field()) {
                    case "amount", "unitAmount" -> "unitAmountMinor";
                    default -> invalid.field();
                };
                fields.field(field, () -> {
                    throw invalid;
                });
            }
        }
        return charges.size() == lines.size() ? charges : null;
    }

    @Operation(summary = "Open a draft invoice under the next invoice number of the organization")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{invoiceId}/finalize")
    ResponseEntity<?> finalizeInvoice(@PathVariable String organizationId, @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        OrganizationId tenant = tenant(organizationId);
        InvoiceId invoice = InvalidRequest.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        return requests.send(tenant.value(), idempotencyKey, "invoices " + invoiceId, "finalize", null, invoiceId,
                () -> new FinalizeInvoice(tenant, invoice));
    }

    @Operation(summary = "Pay an open invoice: creates a payment order for its amount due, linked both ways")
    @RequiresRole(Role.OPERATOR)
    @PostMapping("/{invoiceId}/pay")
    ResponseEntity<?> pay(@PathVariable String organizationId, @PathVariable String invoiceId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        OrganizationId tenant = tenant(organizationId);
        InvoiceId invoice = InvalidRequest.field("invoiceId", () -> InvoiceId.parse(invoiceId));
        PaymentOrderId order = PaymentOrderId.newId();
        return requests.create(tenant.value(), idempotencyKey, "invoices " + invoiceId + " pay", null,
                "/api/v1/organizations/" + tenant + "/payment-orders/" + order,
                new PaymentStarted(invoiceId, order.toString()), () -> new RequestInvoicePayment(tenant, invoice, order));
    }

    private static InvoiceStatus statusOf(String name) {
        try {
            return InvoiceStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("status", "is not an invoice status: " + name);
        }
    }
}
