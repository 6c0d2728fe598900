package dev.ledger.query.invoice;

import static dev.ledger.query.projection.Lineage.IS_NEWER;
import static dev.ledger.query.projection.Lineage.RECORD;

import dev.ledger.kernel.invoice.CreditNoteIssued;
import dev.ledger.kernel.invoice.InvoiceDrafted;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceMarkedUncollectible;
import dev.ledger.kernel.invoice.InvoiceOpened;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.invoice.InvoicePaymentFailed;
import dev.ledger.kernel.invoice.InvoicePaymentRequested;
import dev.ledger.kernel.invoice.InvoiceVoided;
import dev.ledger.query.projection.Lineage;
import dev.ledger.query.projection.ProjectionWriter;
import dev.ledger.query.projection.RebuildableProjection;
import dev.ledger.query.projection.TableNames;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Keeps {@code invoice_view} with its totals and payment, and {@code invoice_line_view} with the lines as issued. */
@Component
@ProcessingGroup(InvoiceProjection.PROCESSING_GROUP)
class InvoiceProjection implements RebuildableProjection {

    static final String PROCESSING_GROUP = "invoice-read-model";
    static final String INVOICES = "invoice_view";
    static final String LINES = "invoice_line_view";
    static final int PROJECTOR_VERSION = 1;

    private final ProjectionWriter jdbc;
    private final String invoices;
    private final String lines;

    @Autowired
    InvoiceProjection(ProjectionWriter jdbc) {
        this(jdbc, TableNames.live());
    }

    private InvoiceProjection(ProjectionWriter jdbc, TableNames tables) {
        this.jdbc = jdbc;
        this.invoices = tables.of(INVOICES);
        this.lines = tables.of(LINES);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(INVOICES, LINES);
    }

    @Override
    public Object writingTo(TableNames tables) {
        return new InvoiceProjection(jdbc, tables);
    }

    @EventHandler
    void on(InvoiceDrafted event, Lineage lineage) {
        lineage.bind(jdbc.sql("INSERT INTO " + invoices + """
                         (organization_id, invoice_id, customer_id, subscription_id, status, currency, subtotal_minor,
                            discount_minor, tax_minor, total_minor, paid_minor, credited_minor, created_at, updated_at,
                            aggregate_version, last_global_position, last_event_id, projector_version)
                        VALUES (:org, :id, :customer, :subscription, 'DRAFT', :currency, :subtotal, :discount, :tax,
                            :total, 0, 0, :at, :at, :version, :position, :eventId, :projector)
                        ON CONFLICT (invoice_id) DO NOTHING
                        """), PROJECTOR_VERSION)
                .param("org", event.organizationId().value())
                .param("id", event.invoiceId().value())
                .param("customer", event.customerId().value())
                .param("subscription", event.subscriptionId() == null ? null : event.subscriptionId().value(),
                        java.sql.Types.OTHER)
                .param("currency", event.totals().currency().code())
                .param("subtotal", event.totals().subtotalMinor())
                .param("discount", event.totals().discountMinor())
                .param("tax", event.totals().taxMinor())
                .param("total", event.totals().totalMinor())
                .update();
        for (int number = 1; number <= event.lines().size(); number++) {
            InvoiceLine line = event.lines().get(number - 1);
            jdbc.sql("INSERT INTO " + lines + """
                             (organization_id, invoice_id, line_number, kind, description, quantity, period_start,
                                period_end, amount_minor, discount_minor, tax_basis_points, tax_inclusive, tax_minor,
                                global_position, projector_version)
                            VALUES (:org, :id, :number, :kind, :description, :quantity, :start, :end, :amount, :discount,
                                :basisPoints, :inclusive, :tax, :position, :projector)
                            ON CONFLICT (invoice_id, line_number) DO NOTHING
                            """)
                    .param("org", event.organizationId().value())
                    .param("id", event.invoiceId().value())
                    .param("number", number)
                    .param("kind", line.kind().name())
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("start", OffsetDateTime.ofInstant(line.periodStart(), ZoneOffset.UTC))
                    .param("end", OffsetDateTime.ofInstant(line.periodEnd(), ZoneOffset.UTC))
                    .param("amount", line.amount().amountMinor())
                    .param("discount", line.discount().amountMinor())
                    .param("basisPoints", line.taxRate().basisPoints())
                    .param("inclusive", line.taxRate().inclusive())
                    .param("tax", line.tax().amountMinor())
                    .param("position", lineage.globalPosition())
                    .param("projector", PROJECTOR_VERSION)
                    .update();
        }
    }

    @EventHandler
    void on(InvoiceOpened event, Lineage lineage) {
        change(event.invoiceId(), "status = 'OPEN', invoice_number = :number", lineage,
                statement -> statement.param("number", event.invoiceNumber().value()));
    }

    @EventHandler
    void on(InvoicePaymentRequested event, Lineage lineage) {
        change(event.invoiceId(), "payment_order_id = :order", lineage,
                statement -> statement.param("order", event.paymentOrderId().value()));
    }

    @EventHandler
    void on(InvoicePaymentFailed event, Lineage lineage) {
        change(event.invoiceId(), "payment_order_id = NULL", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(InvoicePaid event, Lineage lineage) {
        change(event.invoiceId(), "status = 'PAID', paid_minor = :paid", lineage,
                statement -> statement.param("paid", event.amount().amountMinor()));
    }

    @EventHandler
    void on(InvoiceVoided event, Lineage lineage) {
        change(event.invoiceId(), "status = 'VOID'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(InvoiceMarkedUncollectible event, Lineage lineage) {
        change(event.invoiceId(), "status = 'UNCOLLECTIBLE'", lineage, UnaryOperator.identity());
    }

    @EventHandler
    void on(CreditNoteIssued event, Lineage lineage) {
        change(event.invoiceId(), "credited_minor = :credited", lineage,
                statement -> statement.param("credited", event.totalCredited().amountMinor()));
    }

    private void change(InvoiceId invoice, String change, Lineage lineage,
            UnaryOperator<ProjectionWriter.Statement> parameters) {
        parameters.apply(lineage.bind(jdbc.sql("UPDATE " + invoices + " SET " + change + ", " + RECORD
                        + " WHERE invoice_id = :id AND " + IS_NEWER), PROJECTOR_VERSION)
                        .param("id", invoice.value()))
                .update();
    }
}
