package dev.ledger.command.invoice.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.PaymentOrderId;

/** An outcome was reported for a payment order the invoice is not waiting for. */
public final class NotThePendingPayment extends BillingRuleViolation {

    public NotThePendingPayment(InvoiceId invoiceId, PaymentOrderId paymentOrderId) {
        super("Payment order " + paymentOrderId + " is not the pending payment of invoice " + invoiceId);
    }
}
