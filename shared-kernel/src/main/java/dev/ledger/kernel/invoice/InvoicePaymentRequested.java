package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** A payment order was created to pay the invoice; the order names the invoice too. */
@EventRevision("1")
public record InvoicePaymentRequested(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        PaymentOrderId paymentOrderId,
        Money amount) implements LedgerEvent {

    public InvoicePaymentRequested {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("amount", amount);
    }
}
