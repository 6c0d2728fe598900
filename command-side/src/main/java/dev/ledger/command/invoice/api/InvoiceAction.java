package dev.ledger.command.invoice.api;

/** What a command asks of an invoice, for the lifecycle table and the problem it reports. */
public enum InvoiceAction {
    FINALIZE, REQUEST_PAYMENT, RECORD_PAYMENT, VOID, MARK_UNCOLLECTIBLE, CREDIT
}
