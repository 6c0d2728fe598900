package dev.ledger.kernel;

import java.util.Currency;
import java.util.regex.Pattern;

/** An ISO 4217 alphabetic code the JDK knows, with the number of minor-unit digits it defines. */
public record CurrencyCode(String code) {

    private static final Pattern THREE_UPPER_LETTERS = Pattern.compile("[A-Z]{3}");

    public CurrencyCode {
        InvalidValue.required("currency", code);
        if (!THREE_UPPER_LETTERS.matcher(code).matches()) {
            throw new InvalidValue("currency", "must be three upper-case letters (ISO 4217)");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("currency", "is not an ISO 4217 currency code: " + code);
        }
        // Codes such as XXX (no currency) or XAU (gold) have no minor units to count money in.
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValue("currency", "is not a currency money can be kept in: " + code);
        }
    }

    public static CurrencyCode of(String code) {
        return new CurrencyCode(code);
    }

    /** Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for BHD. */
    public int minorUnitDigits() {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    @Override
    public String toString() {
        return code;
    }
}
