package dev.ledger.kernel.invoice;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The organization gave up collecting the invoice; it stays owed in the books. */
@EventRevision("1")
public record InvoiceMarkedUncollectible(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        String reason) implements LedgerEvent {

    public InvoiceMarkedUncollectible {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        reason = FreeText.of("reason", reason, 500);
    }
}
