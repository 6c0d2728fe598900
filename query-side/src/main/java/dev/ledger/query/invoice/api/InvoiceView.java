package dev.ledger.query.invoice.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice with its totals in minor units of {@code currency}; lines only when one invoice is read. */
public record InvoiceView(
        UUID invoiceId,
        String invoiceNumber,
        UUID customerId,
        UUID subscriptionId,
        String status,
        String currency,
        long subtotalMinor,
        long discountMinor,
        long taxMinor,
        long totalMinor,
        long paidMinor,
        long creditedMinor,
        UUID paymentOrderId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        long lastGlobalPosition,
        List<InvoiceLineView> lines) {

    public InvoiceView withLines(List<InvoiceLineView> read) {
        return new InvoiceView(invoiceId, invoiceNumber, customerId, subscriptionId, status, currency, subtotalMinor,
                discountMinor, taxMinor, totalMinor, paidMinor, creditedMinor, paymentOrderId, createdAt, updatedAt,
                version, lastGlobalPosition, List.copyOf(read));
    }
}
