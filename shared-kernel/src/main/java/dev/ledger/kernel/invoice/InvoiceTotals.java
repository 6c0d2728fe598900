package dev.ledger.kernel.invoice;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import java.util.List;

/**
 * Sums of the lines in minor units, credits counted negative: {@code subtotal} before discounts and tax (net of any
 * included tax), {@code discount}, {@code tax}, and {@code total = subtotal - discount + tax}, never below zero.
 */
public record InvoiceTotals(CurrencyCode currency, long subtotalMinor, long discountMinor, long taxMinor, long totalMinor) {

    public InvoiceTotals {
        InvalidValue.required("currency", currency);
        if (totalMinor != subtotalMinor - discountMinor + taxMinor) {
            throw new InvalidValue("totalMinor", "must be subtotal - discount + tax");
        }
        if (totalMinor < 0) {
            throw new InvalidValue("totalMinor", "must not be negative");
        }
    }

    public static InvoiceTotals of(CurrencyCode currency, List<InvoiceLine> lines) {
        long subtotal = 0;
        long discount = 0;
        long tax = 0;
        for (InvoiceLine line : lines) {
            if (!line.amount().currency().equals(currency)) {
                throw new InvalidValue("currency", "every line must be in " + currency);
            }
            long sign = line.kind().credit() ? -1 : 1;
            subtotal += sign * (line.netMinor() + line.discount().amountMinor());
            discount += sign * line.discount().amountMinor();
            tax += sign * line.tax().amountMinor();
        }
        return new InvoiceTotals(currency, subtotal, discount, tax, subtotal - discount + tax);
    }

    public Money total() {
        return new Money(totalMinor, currency);
    }
}
