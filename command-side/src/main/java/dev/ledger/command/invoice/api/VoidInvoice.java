package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws a draft or an open invoice without a pending payment. */
public record VoidInvoice(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public VoidInvoice {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        reason = FreeText.of("reason", reason, 500);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public VoidInvoice(OrganizationId organizationId, InvoiceId invoiceId, String reason) {
        this(organizationId, invoiceId, reason, null);
    }
}
