package dev.ledger.kernel.invoice;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The invoice was withdrawn; nothing is owed on it. */
@EventRevision("1")
public record InvoiceVoided(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        String reason) implements LedgerEvent {

    public InvoiceVoided {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        reason = FreeText.of("reason", reason, 500);
    }
}
