package dev.ledger.command.subscription;

import dev.ledger.kernel.invoice.InvoiceId;
import java.time.Instant;

/** Deadline payload: the grace for the overdue invoice ends at {@code at}. */
record GraceEnds(InvoiceId invoiceId, Instant at) {
}
