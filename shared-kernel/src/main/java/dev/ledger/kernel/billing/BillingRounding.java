package dev.ledger.kernel.billing;

import dev.ledger.kernel.InvalidValue;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

/**
 * The one rounding rule of billing. Every computed amount (a proration, a percent discount, a tax) is a fraction of
 * an amount in minor units, computed exactly and rounded half-even to whole minor units once, per invoice line.
 * Invoice totals are sums of rounded lines, so a total always equals the sum of its lines to the minor unit.
 */
public final class BillingRounding {

    private BillingRounding() {
    }

    /** {@code amountMinor * numerator / denominator}, exact, then rounded half-even to a whole minor unit. */
    public static long share(long amountMinor, long numerator, long denominator) {
        if (denominator <= 0) {
            throw new InvalidValue("denominator", "must be positive");
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(amountMinor).multiply(BigInteger.valueOf(numerator)))
                .divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_EVEN);
        return exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** A percentage given in basis points (1/100 of a percent): 1900 is 19 %. */
    public static long basisPointsOf(long amountMinor, int basisPoints) {
        return share(amountMinor, basisPoints, 10_000);
    }
}
