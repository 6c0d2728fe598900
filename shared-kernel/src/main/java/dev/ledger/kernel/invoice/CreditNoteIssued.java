package dev.ledger.kernel.invoice;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** Part of a paid invoice was credited back (a refund); {@code totalCredited} sums every credit note of it. */
@EventRevision("1")
public record CreditNoteIssued(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        CreditNoteId creditNoteId,
        Money amount,
        Money totalCredited,
        String reason) implements LedgerEvent {

    public CreditNoteIssued {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("creditNoteId", creditNoteId);
        InvalidValue.required("amount", amount);
        InvalidValue.required("totalCredited", totalCredited);
        reason = FreeText.of("reason", reason, 500);
    }
}
