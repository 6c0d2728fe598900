package dev.ledger.kernel.invoice;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import dev.ledger.kernel.paymentorder.FailureReason;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** The payment order of the invoice failed; the invoice stays open for another attempt. */
@EventRevision("1")
public record InvoicePaymentFailed(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        PaymentOrderId paymentOrderId,
        FailureReason failure) implements LedgerEvent {

    public InvoicePaymentFailed {
        InvalidValue.required("organizationId", organizationId);
        InvalidValue.required("invoiceId", invoiceId);
        InvalidValue.required("paymentOrderId", paymentOrderId);
        InvalidValue.required("failure", failure);
    }
}
