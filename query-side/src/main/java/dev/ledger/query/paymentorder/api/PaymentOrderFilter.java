package dev.ledger.query.paymentorder.api;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.invoice.InvoiceId;
import dev.ledger.kernel.paymentorder.PaymentStatus;
import java.time.Instant;
import java.util.Set;

/** What finance filters payment orders by; every field is optional. */
public record PaymentOrderFilter(
        Set<PaymentStatus> statuses,
        CustomerId customerId,
        InvoiceId invoiceId,
        CurrencyCode currency,
        Long amountMin,
        Long amountMax,
        Instant createdFrom,
        Instant createdTo,
        String orderNumberPrefix) {

    public PaymentOrderFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (amountMin != null && amountMax != null && amountMin > amountMax) {
            throw new InvalidValue("amountMin", "must not be above amountMax");
        }
        if (createdFrom != null && createdTo != null && createdFrom.isAfter(createdTo)) {
            throw new InvalidValue("createdFrom", "must not be after createdTo");
        }
    }

    public static PaymentOrderFilter none() {
        return new PaymentOrderFilter(Set.of(), null, null, null, null, null, null, null, null);
    }
}
