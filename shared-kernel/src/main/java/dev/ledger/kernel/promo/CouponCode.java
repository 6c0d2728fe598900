package dev.ledger.kernel.promo;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** The text a customer types: 3 to 32 upper-case letters, digits or '-'. */
public record CouponCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{3,32}");

    public CouponCode {
        InvalidValue.required("code", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("code", "must be 3 to 32 upper-case letters, digits or '-'");
        }
    }

    public static CouponCode of(String value) {
        return new CouponCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
