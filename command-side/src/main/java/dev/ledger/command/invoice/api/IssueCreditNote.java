package dev.ledger.command.invoice.api;

import dev.ledger.command.api.TenantCommand;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.invoice.CreditNoteId;
import dev.ledger.kernel.invoice.InvoiceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Credits part of a paid invoice back (a refund); all credit notes together never exceed what was paid. */
public record IssueCreditNote(
        OrganizationId organizationId,
        @TargetAggregateIdentifier InvoiceId invoiceId,
        CreditNoteId creditNoteId,
        Money amount,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements TenantCommand {

    public IssueCreditNote {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("creditNoteId", creditNoteId);
        InvalidValue.required("amount", amount);
        if (amount.isZero()) {
            throw new InvalidValue("amount", "must be more than zero");
        }
        reason = FreeText.of("reason", reason, 500);
    }

    /** Without If-Match: applies to whatever version the aggregate is at. */
    public IssueCreditNote(OrganizationId organizationId, InvoiceId invoiceId, CreditNoteId creditNoteId, Money amount, String reason) {
        this(organizationId, invoiceId, creditNoteId, amount, reason, null);
    }
}
