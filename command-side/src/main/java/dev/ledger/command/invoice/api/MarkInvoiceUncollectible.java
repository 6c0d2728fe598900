package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives up collecting an open invoice. */
public record MarkInvoiceUncollectible(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        String reason) implements TenantCommand {

    public MarkInvoiceUncollectible {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        reason = FreeText.of("reason", reason, 500);
    }
}
