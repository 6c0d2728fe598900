package dev.ledger.kernel.tax;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.billing.BillingRounding;

/**
 * A tax rate in basis points (1900 = 19 %). Exclusive: the tax is added on top of the net amount. Inclusive: the
 * amount already contains the tax, which is the amount less amount / (1 + rate). Either way rounded half-even per
 * line by {@link BillingRounding}.
 */
public record TaxRate(int basisPoints, boolean inclusive) {

    public static final int MAX_BASIS_POINTS = 10_000;

    public TaxRate {
        if (basisPoints < 0 || basisPoints > MAX_BASIS_POINTS) {
            throw new InvalidValue("basisPoints", "must be between 0 and " + MAX_BASIS_POINTS);
        }
    }

    public static TaxRate none() {
        return new TaxRate(0, false);
    }

    public static TaxRate exclusive(int basisPoints) {
        return new TaxRate(basisPoints, false);
    }

    public static TaxRate inclusive(int basisPoints) {
        return new TaxRate(basisPoints, true);
    }

    /** The tax of a line whose taxable amount (after discount) is {@code amountMinor}. */
    public long taxOn(long amountMinor) {
        if (inclusive) {
            return amountMinor - BillingRounding.share(amountMinor, MAX_BASIS_POINTS, MAX_BASIS_POINTS + basisPoints);
        }
        return BillingRounding.basisPointsOf(amountMinor, basisPoints);
    }
}
