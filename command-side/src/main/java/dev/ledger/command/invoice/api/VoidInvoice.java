package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a draft or an open invoice without a pending payment. */
public record VoidInvoice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        String reason) implements TenantCommand {

    public VoidInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        reason = FreeText.of("reason", reason, 500);
    }
}
