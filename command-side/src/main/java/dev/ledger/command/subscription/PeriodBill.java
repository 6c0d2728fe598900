package dev.ledger.command.subscription;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one invoice of a subscription, in this order: usage of the period that ended (in arrears), the
 * prorations of plan changes since the last invoice, the plan for the period that starts (in advance). The discount
 * applies to usage and plan lines before tax: a percent per line, a fixed amount from the first line on until used
 * up. Then earlier credit is taken off, and a total that would be negative is brought to zero by carrying the excess
 * to the next invoice. Every amount is rounded per line (see BillingRounding).
 */
record PeriodBill(List<InvoiceLine> lines, InvoiceTotals totals, Money creditCarried) {

    /** A usage or plan line before discount and tax. */
    record Charge(LineKind kind, String description, long quantity, Instant periodStart, Instant periodEnd, long amountMinor) {
    }

    static PeriodBill of(CurrencyCode currency, List<Charge> charges, List<InvoiceLine> prorations,
            PromoDiscount discount, TaxRate taxRate, long creditBalanceMinor, Instant start, Instant end) {
        List<InvoiceLine> lines = new ArrayList<>();
        long fixedLeft = discount != null && discount.amountOff() != null ? discount.amountOff().amountMinor() : 0;
        for (Charge charge : charges) {
            long off = 0;
            if (discount != null && charge.kind().discountable()) {
                if (discount.amountOff() == null) {
                    off = discount.percentOff(charge.amountMinor());
                } else {
                    off = Math.min(fixedLeft, charge.amountMinor());
                    fixedLeft -= off;
                }
            }
            lines.add(InvoiceLine.of(charge.kind(), charge.description(), charge.quantity(), charge.periodStart(),
                    charge.periodEnd(), new Money(charge.amountMinor(), currency), new Money(off, currency), taxRate));
        }
        lines.addAll(prorations);
        long total = lines.stream().mapToLong(InvoiceLine::signedTotal).sum();
        long credit = creditBalanceMinor;
        if (credit > 0 && total > 0) {
            long used = Math.min(credit, total);
            lines.add(InvoiceLine.of(LineKind.CREDIT_APPLIED, "Credit from earlier invoices", 1, start, end,
                    new Money(used, currency), Money.zero(currency), TaxRate.none()));
            credit -= used;
            total -= used;
        }
        if (total < 0) {
            lines.add(InvoiceLine.of(LineKind.CREDIT_CARRIED_FORWARD, "Credit carried to the next invoice", 1, start,
                    end, new Money(-total, currency), Money.zero(currency), TaxRate.none()));
            credit += -total;
        }
        return new PeriodBill(List.copyOf(lines), InvoiceTotals.of(currency, lines), new Money(credit, currency));
    }
}
