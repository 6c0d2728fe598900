package dev.ledger.query.invoice.api;

import dev.ledger.query.spec.Page;

/** A page of invoices under a concrete type, which Axon's query bus matches by class. */
public record InvoicePage(Page<InvoiceView> page) {
}
