package dev.ledger.query.invoice;

import static dev.ledger.query.spec.Specification.equalTo;

import dev.ledger.query.invoice.api.FindInvoice;
import dev.ledger.query.invoice.api.InvoiceLineView;
import dev.ledger.query.invoice.api.InvoicePage;
import dev.ledger.query.invoice.api.InvoiceView;
import dev.ledger.query.invoice.api.ListInvoices;
import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.PageRequest;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.spec.SortParameter;
import dev.ledger.query.tenancy.TenantReads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class InvoiceQueries {

    static final Column<UUID> ID = Column.uuid("invoice_id");
    static final Column<String> NUMBER = Column.text("invoice_number").nullable();
    static final Column<UUID> CUSTOMER = Column.uuid("customer_id");
    static final Column<UUID> SUBSCRIPTION = Column.uuid("subscription_id").nullable();
    static final Column<String> STATUS = Column.text("status");
    static final Column<String> CURRENCY = Column.text("currency");
    static final Column<Long> SUBTOTAL = Column.int64("subtotal_minor");
    static final Column<Long> DISCOUNT = Column.int64("discount_minor");
    static final Column<Long> TAX = Column.int64("tax_minor");
    static final Column<Long> TOTAL = Column.int64("total_minor");
    static final Column<Long> PAID = Column.int64("paid_minor");
    static final Column<Long> CREDITED = Column.int64("credited_minor");
    static final Column<UUID> PAYMENT_ORDER = Column.uuid("payment_order_id").nullable();
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Instant> UPDATED_AT = Column.instant("updated_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");
    static final Column<Long> POSITION = Column.int64("last_global_position");

    static final Map<String, Column<?>> SORTABLE = Map.of("createdAt", CREATED_AT, "total", TOTAL, "status", STATUS);

    private static final ReadQuery<InvoiceView> INVOICES = ReadQuery.of("invoice_view",
            List.of(ID, NUMBER, CUSTOMER, SUBSCRIPTION, STATUS, CURRENCY, SUBTOTAL, DISCOUNT, TAX, TOTAL, PAID, CREDITED,
                    PAYMENT_ORDER, CREATED_AT, UPDATED_AT, VERSION, POSITION),
            ID,
            (row, n) -> new InvoiceView(ID.read(row), NUMBER.read(row), CUSTOMER.read(row), SUBSCRIPTION.read(row),
                    STATUS.read(row), CURRENCY.read(row), SUBTOTAL.read(row), DISCOUNT.read(row), TAX.read(row),
                    TOTAL.read(row), PAID.read(row), CREDITED.read(row), PAYMENT_ORDER.read(row), CREATED_AT.read(row),
                    UPDATED_AT.read(row), VERSION.read(row), POSITION.read(row), List.of()));

    private final TenantReads reads;

    InvoiceQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<InvoiceView> handle(FindInvoice query) {
        return reads.asTenant(query.organizationId(), jdbc -> INVOICES.find(jdbc, query.organizationId(),
                        equalTo(ID, query.invoiceId().value()), Sort.unsorted(), PageRequest.first(1))
                .items().stream().findFirst()
                .map(invoice -> invoice.withLines(jdbc.sql("""
                                SELECT line_number, kind, description, quantity, period_start, period_end, amount_minor,
                                       discount_minor, tax_basis_points, tax_inclusive, tax_minor
                                  FROM invoice_line_view
                                 WHERE organization_id = ? AND invoice_id = ?
                                 ORDER BY line_number
                                """)
                        .params(query.organizationId().value(), query.invoiceId().value())
                        .query((row, n) -> new InvoiceLineView(row.getInt(1), row.getString(2), row.getString(3),
                                row.getLong(4), row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(),
                                row.getLong(7), row.getLong(8), row.getInt(9), row.getBoolean(10), row.getLong(11)))
                        .list())));
    }

    @QueryHandler
    InvoicePage handle(ListInvoices query) {
        var where = Filters.where()
                .ifPresent(query.status(), status -> equalTo(STATUS, status.name()))
                .ifPresent(query.subscriptionId(), subscription -> equalTo(SUBSCRIPTION, subscription.value()))
                .toSpecification();
        Sort sort = SortParameter.parse(query.sort(), SORTABLE, Sort.descending(CREATED_AT));
        return new InvoicePage(reads.asTenant(query.organizationId(), jdbc ->
                INVOICES.find(jdbc, query.organizationId(), where, sort, query.page())));
    }
}
