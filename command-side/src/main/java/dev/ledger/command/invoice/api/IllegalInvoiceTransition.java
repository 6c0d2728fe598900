package dev.ledger.command.invoice.api;

import dev.ledger.command.api.BillingRuleViolation;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceStatus;

/** The invoice's status does not allow the action, such as voiding a paid invoice. */
public final class IllegalInvoiceTransition extends BillingRuleViolation.Conflict {

    public IllegalInvoiceTransition(InvoiceId invoiceId, InvoiceStatus status, InvoiceAction action) {
        super("Invoice " + invoiceId + " is " + status + " and cannot " + action);
    }
}
