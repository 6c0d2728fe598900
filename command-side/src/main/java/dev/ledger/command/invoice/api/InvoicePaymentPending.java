package dev.ledger.command.invoice.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.invoice.InvoiceId;

/** A payment order for the invoice is still pending; wait for its outcome first. */
public final class InvoicePaymentPending extends BillingRuleViolation.Conflict {

    public InvoicePaymentPending(InvoiceId invoiceId) {
        super("Invoice " + invoiceId + " has a pending payment");
    }
}
