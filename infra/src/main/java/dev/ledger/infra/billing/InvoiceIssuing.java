package dev.ledger.infra.billing;

import dev.ledger.command.invoice.api.IssueInvoice;
import dev.ledger.kernel.subscription.SubscriptionBilled;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/**
 * Issues (drafts and opens) the invoice of every billed subscription period. The processor's token moves only after
 * the command succeeded, so no billed period is left without its invoice; the invoice id comes from the event, so a
 * redelivery finds the invoice already there and does nothing.
 */
@Component
@ProcessingGroup(InvoiceIssuing.PROCESSING_GROUP)
class InvoiceIssuing {

    static final String PROCESSING_GROUP = "billing-processes";

    private final CommandGateway commands;

    InvoiceIssuing(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(SubscriptionBilled event) {
        try {
            commands.sendAndWait(new IssueInvoice(event.organizationId(), event.invoiceId(), event.customerId(),
                    event.subscriptionId(), event.lines(), true));
        } catch (AggregateStreamCreationException alreadyIssued) {
            // Redelivered after the invoice was stored: its one effect has happened.
        }
    }
}
