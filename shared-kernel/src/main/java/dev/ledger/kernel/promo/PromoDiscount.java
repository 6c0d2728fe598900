package dev.ledger.kernel.promo;

import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.billing.BillingRounding;

/**
 * A discount: either a percent in basis points (2500 = 25 %) off every discountable line, rounded per line, or a
 * fixed {@code amountOff} per invoice, taken from the discountable lines in order until used up. It applies to
 * {@code periods} invoices (0: every invoice). Discounts apply before tax.
 */
public record PromoDiscount(int percentBasisPoints, Money amountOff, int periods) {

    public PromoDiscount {
        boolean percent = percentBasisPoints != 0;
        if (percent == (amountOff != null)) {
            throw new InvalidValue("discount", "is either a percent or an amount off, exactly one of them");
        }
        if (percentBasisPoints < 0 || percentBasisPoints > 10_000) {
            throw new InvalidValue("percentBasisPoints", "must be between 1 and 10000");
        }
        if (amountOff != null && amountOff.isZero()) {
            throw new InvalidValue("amountOff", "must be more than zero");
        }
        if (periods < 0) {
            throw new InvalidValue("periods", "must not be negative");
        }
    }

    public static PromoDiscount percent(int basisPoints, int periods) {
        return new PromoDiscount(basisPoints, null, periods);
    }

    public static PromoDiscount amountOff(Money amount, int periods) {
        return new PromoDiscount(0, amount, periods);
    }

    public boolean usableIn(CurrencyCode currency) {
        return amountOff == null || amountOff.currency().equals(currency);
    }

    /** The percent part of the rule for one line; a fixed amount is allocated by the biller across lines. */
    public long percentOff(long lineAmountMinor) {
        return BillingRounding.basisPointsOf(lineAmountMinor, percentBasisPoints);
    }
}
