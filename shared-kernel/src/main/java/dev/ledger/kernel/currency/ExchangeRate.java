package dev.ledger.kernel.currency;

import dev.ledger.kernel.InvalidValue;
import java.math.BigDecimal;

/** How many units of the quote currency one unit of the base buys, as an exact decimal {@code unscaled x 10^-scale}. */
public record ExchangeRate(long unscaled, int scale) {

    public ExchangeRate {
        if (unscaled <= 0) {
            throw new InvalidValue("rate", "must be positive");
        }
        if (scale < 0 || scale > 12) {
            throw new InvalidValue("rate", "has at most 12 decimals");
        }
    }

    public static ExchangeRate parse(String text) {
        InvalidValue.required("rate", text);
        try {
            BigDecimal decimal = new BigDecimal(text).stripTrailingZeros();
            if (decimal.scale() < 0) {
                decimal = decimal.setScale(0);
            }
            return new ExchangeRate(decimal.unscaledValue().longValueExact(), decimal.scale());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValue("rate", "is not a decimal number");
        }
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(unscaled, scale);
    }
}
