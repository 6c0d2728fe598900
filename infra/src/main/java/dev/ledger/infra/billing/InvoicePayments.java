package dev.ledger.infra.billing;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.command.customer.api.CustomerRuleViolation;
import dev.ledger.command.paymentorder.api.PaymentOrderRuleViolation;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.command.invoice.api.RecordInvoicePayment;
import dev.ledger.command.invoice.api.RecordInvoicePaymentFailure;
import dev.ledger.command.paymentorder.api.CreatePaymentOrder;
import dev.ledger.command.subscription.api.MarkSubscriptionPastDue;
import dev.ledger.command.subscription.api.RecoverSubscription;
import dev.ledger.kernel.invoice.InvoicePaid;
import dev.ledger.kernel.invoice.InvoicePaymentRequested;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.kernel.paymentorder.PaymentFailed;
import dev.ledger.kernel.paymentorder.PaymentOrderId;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pays invoices through payment orders and reports back. A requested payment becomes a payment order (its id comes
 * from the invoice's event, its description names the invoice); the order's capture pays the invoice, its failure
 * is recorded on the invoice and makes the subscription past due; a paid invoice recovers its subscription. Each
 * step is idempotent, so redelivery after a crash repeats nothing: a rule that refuses the repeat means it is done.
 */
@Component
@ProcessingGroup(InvoiceIssuing.PROCESSING_GROUP)
class InvoicePayments {

    private static final Logger log = LoggerFactory.getLogger(InvoicePayments.class);

    private final CommandGateway commands;
    private final InvoicePaymentLinks links;

    InvoicePayments(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.links = new InvoicePaymentLinks(jdbc);
    }

    @EventHandler
    void on(InvoicePaymentRequested event) {
        links.add(event.paymentOrderId(),
                new InvoicePaymentLinks.Link(event.organizationId(), event.invoiceId(), event.subscriptionId()));
        try {
            commands.sendAndWait(new CreatePaymentOrder(event.organizationId(), event.paymentOrderId(),
                    event.customerId(), null, event.amount(), null, null, "Invoice " + event.invoiceId(), event.invoiceId()));
        } catch (AggregateStreamCreationException alreadyCreated) {
            // Redelivered: the order exists.
        } catch (CustomerRuleViolation | PaymentOrderRuleViolation | InvalidValue | AggregateNotFoundException refused) {
            // The customer cannot pay (unknown, archived): the invoice learns it as a failed payment.
            log.info("payment order for invoice {} refused: {}", event.invoiceId(), refused.getMessage());
            settle(() -> commands.sendAndWait(new RecordInvoicePaymentFailure(event.organizationId(), event.invoiceId(),
                    event.paymentOrderId(), new FailureReason("payment_order_refused", false, refused.getMessage()))));
        }
    }

    @EventHandler
    void on(PaymentCaptured event) {
        link(event.paymentOrderId()).ifPresent(link -> settle(() -> commands.sendAndWait(new RecordInvoicePayment(
                link.organizationId(), link.invoiceId(), event.paymentOrderId(), event.totalCaptured()))));
    }

    @EventHandler
    void on(PaymentFailed event) {
        link(event.paymentOrderId()).ifPresent(link -> {
            settle(() -> commands.sendAndWait(new RecordInvoicePaymentFailure(link.organizationId(), link.invoiceId(),
                    event.paymentOrderId(), event.failure())));
            if (link.subscriptionId() != null) {
                settle(() -> commands.sendAndWait(new MarkSubscriptionPastDue(link.organizationId(),
                        link.subscriptionId(), link.invoiceId())));
            }
        });
    }

    @EventHandler
    void on(InvoicePaid event) {
        if (event.paymentOrderId() == null) {
            return;
        }
        link(event.paymentOrderId()).filter(link -> link.subscriptionId() != null)
                .ifPresent(link -> settle(() -> commands.sendAndWait(new RecoverSubscription(link.organizationId(),
                        link.subscriptionId(), link.invoiceId()))));
    }

    private Optional<InvoicePaymentLinks.Link> link(PaymentOrderId paymentOrderId) {
        return links.of(paymentOrderId);
    }

    /** A refused repeat (already paid, already past due, a partial capture) leaves nothing more to do. */
    private static void settle(Runnable step) {
        try {
            step.run();
        } catch (BillingRuleViolation done) {
            log.info("invoice payment step not applied: {}", done.getMessage());
        }
    }
}
