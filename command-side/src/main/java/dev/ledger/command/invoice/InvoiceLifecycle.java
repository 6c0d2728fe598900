package dev.ledger.command.invoice;

import static dev.ledger.command.invoice.api.InvoiceAction.CREDIT;
import static dev.ledger.command.invoice.api.InvoiceAction.FINALIZE;
import static dev.ledger.command.invoice.api.InvoiceAction.MARK_UNCOLLECTIBLE;
import static dev.ledger.command.invoice.api.InvoiceAction.RECORD_PAYMENT;
import static dev.ledger.command.invoice.api.InvoiceAction.REQUEST_PAYMENT;
import static dev.ledger.command.invoice.api.InvoiceAction.VOID;

import dev.ledger.command.invoice.api.IllegalInvoiceTransition;
import dev.ledger.command.invoice.api.InvoiceAction;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.invoice.InvoiceStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** draft -> open -> paid / void / uncollectible; only a paid invoice is credited; a written-off one may still be paid. */
final class InvoiceLifecycle {

    private static final Map<InvoiceStatus, Set<InvoiceAction>> ALLOWED = Map.of(
            InvoiceStatus.DRAFT, EnumSet.of(FINALIZE, VOID),
            InvoiceStatus.OPEN, EnumSet.of(REQUEST_PAYMENT, RECORD_PAYMENT, VOID, MARK_UNCOLLECTIBLE),
            InvoiceStatus.PAID, EnumSet.of(CREDIT),
            InvoiceStatus.VOID, EnumSet.noneOf(InvoiceAction.class),
            InvoiceStatus.UNCOLLECTIBLE, EnumSet.of(REQUEST_PAYMENT, RECORD_PAYMENT));

    private InvoiceLifecycle() {
    }

    static void require(InvoiceId invoiceId, InvoiceStatus status, InvoiceAction action) {
        if (!ALLOWED.get(status).contains(action)) {
            throw new IllegalInvoiceTransition(invoiceId, status, action);
        }
    }
}
