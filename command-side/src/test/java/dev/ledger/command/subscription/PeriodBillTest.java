package dev.ledger.command.subscription;

import static dev.ledger.command.subscription.BillingTestData.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.kernel.Money;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodBillTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-03-01T00:00:00Z");

    private static PeriodBill.Charge charge(LineKind kind, long amount) {
        return new PeriodBill.Charge(kind, kind.name(), 1, START, END, amount);
    }

    @Test
    void aFixedDiscountIsTakenFromTheLinesInOrderUntilUsedUp() {
        PeriodBill bill = PeriodBill.of(EUR, List.of(charge(LineKind.USAGE, 300), charge(LineKind.SUBSCRIPTION, 1_000)),
                List.of(), PromoDiscount.amountOff(Money.of(500, "EUR"), 0), TaxRate.none(), 0, START, END);
        assertThat(bill.lines()).extracting(line -> line.discount().amountMinor()).containsExactly(300L, 200L);
        assertThat(bill.totals()).isEqualTo(new InvoiceTotals(EUR, 1_300, 500, 0, 800));
    }

    @Test
    void aCreditLargerThanTheChargesIsCarriedToTheNextInvoice() {
        InvoiceLine credit = InvoiceLine.of(LineKind.PRORATION_CREDIT, "downgrade", 1, START, END, Money.of(2_000, "EUR"),
                Money.of(0, "EUR"), TaxRate.none());
        PeriodBill bill = PeriodBill.of(EUR, List.of(charge(LineKind.SUBSCRIPTION, 500)), List.of(credit), null,
                TaxRate.none(), 0, START, END);
        assertThat(bill.totals().totalMinor()).isZero();
        assertThat(bill.creditCarried()).isEqualTo(Money.of(1_500, "EUR"));

        PeriodBill next = PeriodBill.of(EUR, List.of(charge(LineKind.SUBSCRIPTION, 500)), List.of(), null,
                TaxRate.none(), 1_500, START, END);
        assertThat(next.totals().totalMinor()).isZero();
        assertThat(next.creditCarried()).isEqualTo(Money.of(1_000, "EUR"));
    }
}
