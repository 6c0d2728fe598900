package dev.ledger.infra.lookups;

import dev.ledger.command.customer.api.PaymentMethodUsage;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.PaymentMethodId;
import dev.ledger.kernel.paymentorder.PaymentCanceled;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderCreated;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which payment methods pending orders wait on. A subscribing processor keeps the table in the same transaction
 * that appends the order's events, so a removal never misses an order created a moment before.
 */
@Component
@ProcessingGroup(PendingPaymentOrders.PROCESSING_GROUP)
class PendingPaymentOrders implements PaymentMethodUsage {

    static final String PROCESSING_GROUP = "pending-payment-orders";

    private final JdbcClient jdbc;

    PendingPaymentOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasPendingOrders(OrganizationId organizationId, PaymentMethodId paymentMethodId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pending_payment_order WHERE organization_id = ? AND payment_method_id = ?)")
                .params(organizationId.value(), paymentMethodId.value())
                .query(Boolean.class).single();
    }

    @EventHandler
    void on(PaymentOrderCreated event) {
        if (event.paymentMethodId() != null) {
            jdbc.sql("""
                            INSERT INTO pending_payment_order (organization_id, payment_order_id, payment_method_id)
                            VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                            """)
                    .params(event.organizationId().value(), event.paymentOrderId().value(), event.paymentMethodId().value())
                    .update();
        }
    }

    /** Only the first capture settles the order: later partial captures would delete nothing, a round trip each. */
    @EventHandler
    void on(PaymentCaptured event) {
        if (event.totalCaptured().equals(event.amount())) {
            settled(event.paymentOrderId());
        }
    }

    @EventHandler
    void on(PaymentCanceled event) {
        settled(event.paymentOrderId());
    }

    @EventHandler
    void on(PaymentFailed event) {
        settled(event.paymentOrderId());
    }

    private void settled(PaymentOrderId order) {
        jdbc.sql("DELETE FROM pending_payment_order WHERE payment_order_id = ?").param(order.value()).update();
    }
}
