package dev.ledger.kernel;

import java.math.BigDecimal;

/**
 * An amount in integer minor units of one currency. Never negative, never above {@link #MAX_MINOR_UNITS}, so
 * that sums of many amounts cannot overflow a {@code long} and every value fits PostgreSQL's {@code bigint}.
 */
public record Money(long amountMinor, CurrencyCode currency) {

    /** 10^15 minor units: 10 trillion in a two-digit currency, far above any single payment. */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000_000L;

    public Money {
        InvalidValue.required("currency", currency);
        if (amountMinor < 0) {
            throw new InvalidValue("amount", "must not be negative");
        }
        if (amountMinor > MAX_MINOR_UNITS) {
            throw new InvalidValue("amount", "must not exceed " + MAX_MINOR_UNITS + " minor units");
        }
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, CurrencyCode.of(currency));
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amountMinor > other.amountMinor;
    }

    public boolean isZero() {
        return amountMinor == 0;
    }

    /** The amount as a decimal at the currency's scale, for display only; arithmetic stays in minor units. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, currency.minorUnitDigits());
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValue("currency", "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency;
    }
}
