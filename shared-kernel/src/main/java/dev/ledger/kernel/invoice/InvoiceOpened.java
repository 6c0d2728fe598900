package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;

/** The invoice was finalized under its number and now awaits payment of its total. */
@EventRevision("1")
public record InvoiceOpened(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        InvoiceNumber invoiceNumber,
        Money amountDue) implements LedgerEvent {

    public InvoiceOpened {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("invoiceNumber", invoiceNumber);
        InvalidValue.required("amountDue", amountDue);
    }
}
