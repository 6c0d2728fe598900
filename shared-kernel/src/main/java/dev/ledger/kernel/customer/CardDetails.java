package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * What the ledger keeps of a card: never the number, only what a person needs to recognise it. Whether it has
 * expired depends on today, so the command side checks that with its clock.
 */
public record CardDetails(CardBrand brand, String last4, int expiryMonth, int expiryYear) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public CardDetails {
        InvalidValue.required("card.brand", brand);
        InvalidValue.required("card.last4", last4);
        if (!FOUR_DIGITS.matcher(last4).matches()) {
            throw new InvalidValue("card.last4", "must be exactly four digits");
        }
        if (expiryMonth < 1 || expiryMonth > 12) {
            throw new InvalidValue("card.expiryMonth", "must be 1 to 12");
        }
        if (expiryYear < 1000 || expiryYear > 9999) {
            throw new InvalidValue("card.expiryYear", "must be a four-digit year");
        }
    }

    public YearMonth expiry() {
        return YearMonth.of(expiryYear, expiryMonth);
    }

    /** A card is good through the last day of its expiry month. */
    public boolean expiredBy(YearMonth month) {
        return expiry().isBefore(month);
    }
}
