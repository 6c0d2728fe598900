package dev.ledger.kernel.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.catalog.BillingInterval;
import dev.ledger.kernel.catalog.PriceTier;
import dev.ledger.kernel.catalog.PriceTiers;
import dev.ledger.kernel.invoice.InvoiceLine;
import dev.ledger.kernel.invoice.InvoiceTotals;
import dev.ledger.kernel.invoice.LineKind;
import dev.ledger.kernel.promo.PromoDiscount;
import dev.ledger.kernel.tax.TaxRate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingArithmeticTest {

    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void roundingIsHalfEvenToTheMinorUnit() {
        assertThat(BillingRounding.basisPointsOf(315, 1_900)).isEqualTo(60); // 59.85
        assertThat(BillingRounding.basisPointsOf(1_455, 1_900)).isEqualTo(276); // 276.45
        assertThat(BillingRounding.share(5, 1, 2)).isEqualTo(2); // 2.5 to the even 2
        assertThat(BillingRounding.share(7, 1, 2)).isEqualTo(4); // 3.5 to the even 4
    }

    @Test
    void prorationIsBySecondsLeftInThePeriod() {
        assertThat(Proration.remainingShare(2_800, START, END, START)).isEqualTo(2_800);
        assertThat(Proration.remainingShare(2_800, START, END, Instant.parse("2026-02-15T00:00:00Z"))).isEqualTo(1_400);
        assertThat(Proration.remainingShare(2_800, START, END, END)).isZero();
        assertThatThrownBy(() -> Proration.remainingShare(2_800, START, END, END.plusSeconds(1)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void graduatedTiersPriceEachUnitInItsTier() {
        PriceTiers tiers = new PriceTiers(List.of(new PriceTier(100L, 2), new PriceTier(1_000L, 1), new PriceTier(null, 0)));
        assertThat(tiers.amountFor(0)).isZero();
        assertThat(tiers.amountFor(100)).isEqualTo(200);
        assertThat(tiers.amountFor(250)).isEqualTo(350);
        assertThat(tiers.amountFor(5_000)).isEqualTo(1_100);
    }

    @Test
    void onlyTheLastTierIsOpen() {
        assertThatThrownBy(() -> new PriceTiers(List.of(new PriceTier(null, 2), new PriceTier(10L, 1))))
                .isInstanceOf(InvalidValue.class).hasMessage("tiers: only the last tier is open (upTo null)");
    }

    @Test
    void inclusiveTaxIsExtractedAndExclusiveTaxAdded() {
        assertThat(TaxRate.inclusive(1_900).taxOn(1_999)).isEqualTo(319); // 1999 - 1679.83.. -> 1999 - 1680
        assertThat(TaxRate.exclusive(1_900).taxOn(1_999)).isEqualTo(380); // 379.81
    }

    @Test
    void monthlyPeriodsAreCountedFromTheAnchor() {
        Instant anchor = Instant.parse("2026-01-31T00:00:00Z");
        assertThat(BillingInterval.monthly().periodEnd(anchor, 1)).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(BillingInterval.monthly().periodEnd(anchor, 2)).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
    }

    @Test
    void aLineCannotCarryATaxOtherThanItsRatesRule() {
        assertThatThrownBy(() -> new InvoiceLine(LineKind.SUBSCRIPTION, "Seat", 1, START, END, Money.of(1_000, "EUR"),
                Money.of(0, "EUR"), TaxRate.exclusive(1_900), Money.of(189, "EUR")))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("tax:");
    }

    @Test
    void totalsAreSumsOfRoundedLinesWithCreditsSubtracted() {
        InvoiceLine charge = InvoiceLine.of(LineKind.PRORATION_CHARGE, "new", 1, START, END, Money.of(2_911, "EUR"),
                Money.of(0, "EUR"), TaxRate.exclusive(1_900));
        InvoiceLine credit = InvoiceLine.of(LineKind.PRORATION_CREDIT, "old", 1, START, END, Money.of(1_455, "EUR"),
                Money.of(0, "EUR"), TaxRate.exclusive(1_900));
        assertThat(InvoiceTotals.of(charge.amount().currency(), List.of(charge, credit)))
                .isEqualTo(new InvoiceTotals(charge.amount().currency(), 1_456, 0, 277, 1_733));
    }

    @Test
    void aDiscountIsEitherAPercentOrAnAmountOff() {
        assertThatThrownBy(() -> new PromoDiscount(1_000, Money.of(500, "EUR"), 0)).isInstanceOf(InvalidValue.class);
        assertThat(PromoDiscount.percent(2_500, 0).percentOff(1_999)).isEqualTo(500); // 499.75
    }
}
