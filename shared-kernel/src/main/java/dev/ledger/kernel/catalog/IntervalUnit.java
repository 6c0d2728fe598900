package dev.ledger.kernel.catalog;

import java.time.temporal.ChronoUnit;

/** The calendar unit a recurring price repeats in, counted in UTC. */
public enum IntervalUnit {
    DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    IntervalUnit(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit chronoUnit() {
        return unit;
    }
}
