package dev.ledger.infra.billing;

import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import dev.ledger.kernel.subscription.SubscriptionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which invoice a payment order pays. Most orders pay none, and asking for each captured event was a round trip per
 * event: a processor's batch asks once for every order it names, and links written by the batch join that answer.
 * A link commits with its order's creation (one transaction), so an order's later events always find it.
 */
final class InvoicePaymentLinks {

    record Link(OrganizationId organizationId, InvoiceId invoiceId, SubscriptionId subscriptionId) {
    }

    private static final String BATCH = InvoicePaymentLinks.class.getName() + ".batch";

    private final JdbcClient jdbc;

    InvoicePaymentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PaymentOrderId paymentOrderId, Link link) {
        jdbc.sql("""
                        INSERT INTO invoice_payment_link (payment_order_id, organization_id, invoice_id, subscription_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT (payment_order_id) DO NOTHING
                        """)
                .params(paymentOrderId.value(), link.organizationId().value(), link.invoiceId().value(),
                        link.subscriptionId() == null ? null : link.subscriptionId().value())
                .update();
        Map<PaymentOrderId, Link> batch = batch();
        if (batch != null) {
            batch.putIfAbsent(paymentOrderId, link);
        }
    }

    Optional<Link> of(PaymentOrderId paymentOrderId) {
        Map<PaymentOrderId, Link> batch = batch();
        return Optional.ofNullable((batch != null ? batch : read(Set.of(paymentOrderId))).get(paymentOrderId));
    }

    /** The links of the orders the current batch names, read when first asked; null outside a processor's batch. */
    private Map<PaymentOrderId, Link> batch() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork)) {
            return null;
        }
        return unitOfWork.getOrComputeResource(BATCH, name -> read(ordersNamedIn(unitOfWork)));
    }

    private static Set<PaymentOrderId> ordersNamedIn(BatchingUnitOfWork<?> unitOfWork) {
        Set<PaymentOrderId> orders = new LinkedHashSet<>();
        for (Message<?> message : unitOfWork.getMessages()) {
            Class<?> type = message.getPayloadType();
            if (type == PaymentCaptured.class) {
                orders.add(((PaymentCaptured) message.getPayload()).paymentOrderId());
            } else if (type == PaymentFailed.class) {
                orders.add(((PaymentFailed) message.getPayload()).paymentOrderId());
            } else if (type == InvoicePaid.class && ((InvoicePaid) message.getPayload()).paymentOrderId() != null) {
                orders.add(((InvoicePaid) message.getPayload()).paymentOrderId());
            }
        }
        return orders;
    }

    private Map<PaymentOrderId, Link> read(Set<PaymentOrderId> orders) {
        Map<PaymentOrderId, Link> links = new HashMap<>();
        if (orders.isEmpty()) {
            return links;
        }
        jdbc.sql("""
                        SELECT payment_order_id, organization_id, invoice_id, subscription_id
                          FROM invoice_payment_link WHERE payment_order_id = ANY(?)
                        """)
                .param(orders.stream().map(PaymentOrderId::value).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    links.put(new PaymentOrderId(row.getObject(1, UUID.class)), link(row));
                });
        return links;
    }

    private static Link link(ResultSet row) throws SQLException {
        UUID subscription = row.getObject(4, UUID.class);
        return new Link(new OrganizationId(row.getObject(2, UUID.class)), new InvoiceId(row.getObject(3, UUID.class)),
                subscription == null ? null : new SubscriptionId(subscription));
    }
}
