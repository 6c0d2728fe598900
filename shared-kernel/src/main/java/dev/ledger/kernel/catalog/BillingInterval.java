package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Every {@code count} {@code unit}s. Period n ends at anchor + n x interval (in UTC), always counted from the anchor,
 * so a subscription anchored on the 31st bills on the last day of shorter months and goes back to the 31st after.
 */
public record BillingInterval(IntervalUnit unit, int count) {

    public static final int MAX_COUNT = 366;

    public BillingInterval {
        InvalidValue.required("interval.unit", unit);
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidValue("interval.count", "must be between 1 and " + MAX_COUNT);
        }
    }

    public static BillingInterval monthly() {
        return new BillingInterval(IntervalUnit.MONTH, 1);
    }

    /** The end of period number {@code periods} (1 is the first) of a subscription anchored at {@code anchor}. */
    public Instant periodEnd(Instant anchor, long periods) {
        InvalidValue.required("anchor", anchor);
        return anchor.atZone(ZoneOffset.UTC).plus(Math.multiplyExact(periods, (long) count), unit.chronoUnit()).toInstant();
    }
}
