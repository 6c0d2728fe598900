package dev.ledger.query.paymentorder;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.paymentorder.PaymentAuthorized;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.paymentorder.PaymentRefunded;
import dev.ledger.kernel.paymentorder.ProviderTransactionRecorded;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import dev.ledger.query.projection.ProjectionWriter;
import org.springframework.stereotype.Component;

/** Keeps {@code payment_order_view} with running totals, and the provider transactions reported for each order. */
@Component
@ProcessingGroup(PaymentOrderProjection.PROCESSING_GROUP)
class PaymentOrderProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "payment-order-read-model";
    static final String ORDERS = "payment_order_view";
    static final String PROVIDER_TRANSACTIONS = "provider_transaction_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String insertOrder;
    private final String insertProviderTransaction;
    private final String authorize;
    private final String capture;
    private final String refund;
    private final String cancel;
    private final String fail;
    private final String touch;

    @Autowired
    PaymentOrderProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private PaymentOrderProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        String orders = tables.of(ORDERS);
        // SQL text made once per set of tables, not for each event: a rebuild applies millions of them.
        this.insertOrder = "INSERT INTO " + orders + """
                 (organization_id, payment_order_id, order_number, customer_id, payment_method_id, status,
                    currency, amount_minor, fee_minor, tax_minor, authorized_minor, captured_minor, refunded_minor,
                    description, invoice_id, created_at, updated_at,
                    aggregate_version, last_global_position, last_event_id, projector_version)
                VALUES (:org, :id, :number, :customer, :method, 'CREATED', :currency, :amount, :fee, :tax, 0, 0, 0,
                    :description, :invoice, :at, :at, :version, :position, :eventId, :projector)
                ON CONFLICT (payment_order_id) DO NOTHING
                """;
        this.insertProviderTransaction = "INSERT INTO " + tables.of(PROVIDER_TRANSACTIONS) + """
                 (organization_id, event_id, payment_order_id, provider, provider_transaction_id, raw_status,
                    amount_minor, currency, recorded_at, global_position, projector_version)
                VALUES (:org, :eventId, :order, :provider, :transaction, :status, :amount, :currency, :at,
                    :position, :projector)
                ON CONFLICT (event_id) DO NOTHING
                """;
        this.authorize = changeOf(orders, "status = 'AUTHORIZED', authorized_minor = :authorized, "
                + "provider_reference = :reference");
        this.capture = changeOf(orders, "status = 'CAPTURED', captured_minor = :captured");
        this.refund = changeOf(orders, "refunded_minor = :refunded, status = CASE WHEN :refunded >= captured_minor "
                + "THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END");
        this.cancel = changeOf(orders, "status = 'CANCELED'");
        this.fail = changeOf(orders, "status = 'FAILED', failure_code = :code, failure_retryable = :retryable, "
                + "failure_message = :message");
        this.touch = changeOf(orders, null);
    }

    /** An update of one order that only a newer event may make, recording that event's lineage. */
    private static String changeOf(String orders, String change) {
        String set = change == null ? RECORD : change + ", " + RECORD;
        return "UPDATE " + orders + " SET " + set + " WHERE payment_order_id = :id AND " + IS_NEWER;
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(ORDERS, PROVIDER_TRANSACTIONS);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new PaymentOrderProjection(jdbc, tables);
    }

    @EventHandler
    void on(PaymentOrderCreated event, Lineage lineage) {
        lineage.bind(jdbc.sql(insertOrder), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.paymentOrderId().value())
                .param("number", event.orderNumber().value())
                .param("customer", event.customerId().value())
                .param("method", event.paymentMethodId() == null ? null : event.paymentMethodId().value(), java.sql.Types.OTHER)
                .param("currency", event.amount().currency().code())
                .param("amount", event.amount().amountMinor())
                .param("fee", event.fee().amountMinor())
                .param("tax", event.tax().amountMinor())
                .param("description", event.description())
                .param("invoice", event.invoiceId() == null ? null : event.invoiceId().value(), java.sql.Types.OTHER)
                .forRow(event.paymentOrderId())
                .update();
    }

    @EventHandler
    void on(PaymentAuthorized event, Lineage lineage) {
        change(event.paymentOrderId(), authorize, lineage, statement -> statement
                .param("authorized", event.authorizedAmount().amountMinor())
                .param("reference", event.providerReference() == null ? null : event.providerReference().value()));
    }

    @EventHandler
    void on(PaymentCaptured event, Lineage lineage) {
        change(event.paymentOrderId(), capture, lineage,
                statement -> statement.param("captured", event.totalCaptured().amountMinor()));
    }

    @EventHandler
    void on(PaymentRefunded event, Lineage lineage) {
        change(event.paymentOrderId(), refund, lineage,
                statement -> statement.param("refunded", event.totalRefunded().amountMinor()));
    }

    @EventHandler
    void on(PaymentCanceled event, Lineage lineage) {
        change(event.paymentOrderId(), cancel, lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(PaymentFailed event, Lineage lineage) {
        change(event.paymentOrderId(), fail, lineage, statement -> statement
                .param("code", event.failure().code())
                .param("retryable", event.failure().retryable())
                .param("message", event.failure().message()));
    }

    @EventHandler
    void on(ProviderTransactionRecorded event, Lineage lineage) {
        jdbc.sql(insertProviderTransaction)
                .param("org", event.organizationId().value())
                .param("eventId", lineage.eventId())
                .param("order", event.paymentOrderId().value())
                .param("provider", event.provider())
                .param("transaction", event.providerTransactionId().value())
                .param("status", event.rawStatus())
                .param("amount", event.amount() == null ? null : event.amount().amountMinor())
                .param("currency", event.amount() == null ? null : event.amount().currency().code())
                .param("at", java.time.OffsetDateTime.ofInstant(lineage.occurredAt(), java.time.ZoneOffset.UTC))
                .param("position", lineage.globalPosition())
                .param("projector", PROJECTOR_VERSION)
                .forRow(event.paymentOrderId())
                .update();
        change(event.paymentOrderId(), touch, lineage, UnaryOperator.identity());
    }

    private void change(PaymentOrderId order, String update, Lineage lineage,
            UnaryOperator<ProjectionWriter.Statement> parameters) {
        parameters.apply(lineage.bind(jdbc.sql(update), PROJECTOR_VERSION).param("id", order.value()))
                .forRow(order)
                .update();
    }
}
