package dev.ledger.query.invoice.api;

import java.time.Instant;

/** One line as issued: amount before discount, discount, the tax rate and the tax, all in minor units. */
public record InvoiceLineView(
        int lineNumber,
        String kind,
        String description,
        long quantity,
        Instant periodStart,
        Instant periodEnd,
        long amountMinor,
        long discountMinor,
        int taxBasisPoints,
        boolean taxInclusive,
        long taxMinor) {
}
