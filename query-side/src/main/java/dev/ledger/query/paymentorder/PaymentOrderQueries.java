package dev.ledger.query.paymentorder;

import static dev.ledger.query.spec.Specification.atLeast;
import static dev.ledger.query.spec.Specification.atMost;
import static dev.ledger.query.spec.Specification.before;
import static dev.ledger.query.spec.Specification.equalTo;
import static dev.ledger.query.spec.Specification.from;
import static dev.ledger.query.spec.Specification.in;
import static dev.ledger.query.spec.Specification.startsWith;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import dev.ledger.query.paymentorder.api.FindPaymentOrder;
import dev.ledger.query.paymentorder.api.ListPaymentOrders;
import dev.ledger.query.paymentorder.api.ListProviderTransactions;
import dev.ledger.query.paymentorder.api.PaymentOrderFilter;
import dev.ledger.query.paymentorder.api.PaymentOrderPage;
import dev.ledger.query.paymentorder.api.PaymentOrderView;
import dev.ledger.query.paymentorder.api.ProviderTransactionView;
import dev.ledger.query.spec.Column;
import dev.ledger.query.spec.Filters;
import dev.ledger.query.spec.ReadQuery;
import dev.ledger.query.spec.Sort;
import dev.ledger.query.spec.SortParameter;
import dev.ledger.query.spec.Specification;
import dev.ledger.query.tenancy.TenantReads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class PaymentOrderQueries {

    static final Column<UUID> ID = Column.uuid("payment_order_id");
    static final Column<String> ORDER_NUMBER = Column.text("order_number");
    static final Column<UUID> CUSTOMER = Column.uuid("customer_id");
    static final Column<UUID> METHOD = Column.uuid("payment_method_id").nullable();
    static final Column<String> STATUS = Column.text("status");
    static final Column<String> CURRENCY = Column.text("currency");
    static final Column<Long> AMOUNT = Column.int64("amount_minor");
    static final Column<Long> FEE = Column.int64("fee_minor");
    static final Column<Long> TAX = Column.int64("tax_minor");
    static final Column<Long> AUTHORIZED = Column.int64("authorized_minor");
    static final Column<Long> CAPTURED = Column.int64("captured_minor");
    static final Column<Long> REFUNDED = Column.int64("refunded_minor");
    static final Column<String> DESCRIPTION = Column.text("description").nullable();
    static final Column<UUID> INVOICE = Column.uuid("invoice_id").nullable();
    static final Column<String> PROVIDER_REFERENCE = Column.text("provider_reference").nullable();
    static final Column<String> FAILURE_CODE = Column.text("failure_code").nullable();
    static final Column<Boolean> FAILURE_RETRYABLE = Column.bool("failure_retryable").nullable();
    static final Column<String> FAILURE_MESSAGE = Column.text("failure_message").nullable();
    static final Column<Instant> CREATED_AT = Column.instant("created_at");
    static final Column<Instant> UPDATED_AT = Column.instant("updated_at");
    static final Column<Long> VERSION = Column.int64("aggregate_version");
    static final Column<Long> POSITION = Column.int64("last_global_position");

    static final Map<String, Column<?>> SORTABLE = Map.of(
            "createdAt", CREATED_AT, "amount", AMOUNT, "orderNumber", ORDER_NUMBER, "status", STATUS);

    private static final ReadQuery<PaymentOrderView> ORDERS = ReadQuery.of("payment_order_view",
            List.of(ID, ORDER_NUMBER, CUSTOMER, METHOD, STATUS, CURRENCY, AMOUNT, FEE, TAX, AUTHORIZED, CAPTURED,
                    REFUNDED, DESCRIPTION, INVOICE, PROVIDER_REFERENCE, FAILURE_CODE, FAILURE_RETRYABLE, FAILURE_MESSAGE,
                    CREATED_AT, UPDATED_AT, VERSION, POSITION),
            ID,
            (row, n) -> new PaymentOrderView(ID.read(row), ORDER_NUMBER.read(row), CUSTOMER.read(row), METHOD.read(row),
                    STATUS.read(row), CURRENCY.read(row), AMOUNT.read(row), FEE.read(row), TAX.read(row),
                    AUTHORIZED.read(row), CAPTURED.read(row), REFUNDED.read(row), DESCRIPTION.read(row), INVOICE.read(row),
                    PROVIDER_REFERENCE.read(row), FAILURE_CODE.read(row), FAILURE_RETRYABLE.read(row),
                    FAILURE_MESSAGE.read(row), CREATED_AT.read(row), UPDATED_AT.read(row), VERSION.read(row),
                    POSITION.read(row)));

    private final TenantReads reads;

    PaymentOrderQueries(TenantReads reads) {
        this.reads = reads;
    }

    @QueryHandler
    Optional<PaymentOrderView> handle(FindPaymentOrder query) {
        return reads.asTenant(query.organizationId(), jdbc -> ORDERS.find(jdbc, query.organizationId(),
                equalTo(ID, query.paymentOrderId().value()), Sort.unsorted(),
                dev.ledger.query.spec.PageRequest.first(1)).items().stream().findFirst());
    }

    @QueryHandler
    PaymentOrderPage handle(ListPaymentOrders query) {
        Specification where = specificationOf(query.filter());
        Sort sort = SortParameter.parse(query.sort(), SORTABLE, Sort.descending(CREATED_AT));
        return new PaymentOrderPage(reads.asTenant(query.organizationId(), jdbc ->
                ORDERS.find(jdbc, query.organizationId(), where, sort, query.page())));
    }

    @QueryHandler
    List<ProviderTransactionView> handle(ListProviderTransactions query) {
        return reads.asTenant(query.organizationId(), jdbc -> jdbc.sql("""
                        SELECT event_id, provider, provider_transaction_id, raw_status, amount_minor, currency,
                               recorded_at, global_position
                          FROM provider_transaction_view
                         WHERE organization_id = ? AND payment_order_id = ?
                         ORDER BY global_position
                        """)
                .params(query.organizationId().value(), query.paymentOrderId().value())
                .query((row, n) -> new ProviderTransactionView(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getObject(5, Long.class), row.getString(6),
                        row.getTimestamp(7).toInstant(), row.getLong(8)))
                .list());
    }

    static Specification specificationOf(PaymentOrderFilter filter) {
        return Filters.where()
                .ifPresent(filter.statuses(), statuses -> in(STATUS, statuses.stream().map(PaymentStatus::name).toList()))
                .ifPresent(filter.customerId(), customer -> equalTo(CUSTOMER, customer.value()))
                .ifPresent(filter.invoiceId(), invoice -> equalTo(INVOICE, invoice.value()))
                .ifPresent(filter.currency(), (CurrencyCode currency) -> equalTo(CURRENCY, currency.code()))
                .ifPresent(filter.amountMin(), min -> atLeast(AMOUNT, min))
                .ifPresent(filter.amountMax(), max -> atMost(AMOUNT, max))
                .ifPresent(filter.createdFrom(), instant -> from(CREATED_AT, instant))
                .ifPresent(filter.createdTo(), instant -> before(CREATED_AT, instant))
                .ifPresent(filter.orderNumberPrefix(), prefix -> startsWith(ORDER_NUMBER, prefix))
                .toSpecification();
    }
}
