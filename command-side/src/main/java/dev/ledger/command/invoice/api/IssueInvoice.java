package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.subscription.SubscriptionId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts an invoice with its lines (and the subscription it bills, if any); {@code finalizeNow} also opens it under the next number. */
public record IssueInvoice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        CustomerId customerId,
        SubscriptionId subscriptionId,
        List<InvoiceLine> lines,
        boolean finalizeNow) implements TenantCommand {

    public IssueInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("customerId", customerId);
        InvalidValue.required("lines", lines);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValue("lines", "an invoice has at least one line");
        }
    }
}
