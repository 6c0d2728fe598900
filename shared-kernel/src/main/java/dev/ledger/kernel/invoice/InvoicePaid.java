package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** The invoice was paid in full by the payment order. */
@EventRevision("1")
public record InvoicePaid(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        PaymentOrderId paymentOrderId,
        Money amount) implements LedgerEvent {

    public InvoicePaid {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("amount", amount);
    }
}
