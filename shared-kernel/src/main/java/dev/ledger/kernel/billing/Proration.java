package dev.ledger.kernel.billing;

import dev.ledger.kernel.InvalidValue;
import java.time.Duration;
import java.time.Instant;

/**
 * The proration rule: a change at {@code at} inside a period [start, end) credits the old line and charges the new
 * one for the time left, by whole seconds: {@code amount * secondsLeft / secondsInPeriod}, rounded per line by
 * {@link BillingRounding}. A change at the very start is the whole amount, at the end nothing.
 */
public final class Proration {

    private Proration() {
    }

    public static long remainingShare(long periodAmountMinor, Instant periodStart, Instant periodEnd, Instant at) {
        InvalidValue.required("periodStart", periodStart);
        InvalidValue.required("periodEnd", periodEnd);
        InvalidValue.required("at", at);
        if (!periodEnd.isAfter(periodStart)) {
            throw new InvalidValue("periodEnd", "must be after the period's start");
        }
        if (at.isBefore(periodStart) || at.isAfter(periodEnd)) {
            throw new InvalidValue("at", "must lie inside the period");
        }
        long secondsInPeriod = Duration.between(periodStart, periodEnd).toSeconds();
        long secondsLeft = Duration.between(at, periodEnd).toSeconds();
        return BillingRounding.share(periodAmountMinor, secondsLeft, secondsInPeriod);
    }
}
