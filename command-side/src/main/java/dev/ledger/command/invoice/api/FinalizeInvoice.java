package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a draft under the next invoice number of the organization. */
public record FinalizeInvoice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId) implements TenantCommand {

    public FinalizeInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
    }
}
