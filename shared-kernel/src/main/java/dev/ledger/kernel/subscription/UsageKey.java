package dev.ledger.kernel.subscription;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** The reporter's idempotency key of one usage report: 1 to 255 visible ASCII characters. */
public record UsageKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public UsageKey {
        InvalidValue.required("idempotencyKey", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("idempotencyKey", "must be 1 to 255 visible ASCII characters");
        }
    }

    public static UsageKey of(String value) {
        return new UsageKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
