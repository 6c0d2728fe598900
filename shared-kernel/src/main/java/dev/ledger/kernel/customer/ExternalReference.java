package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** The organization's own id for a customer; unique within the organization, so it can look its customer up. */
public record ExternalReference(String value) {

    public static final int MAX_LENGTH = 100;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public ExternalReference {
        InvalidValue.required("externalReference", value);
        if (!SAFE.matcher(value).matches()) {
            throw new InvalidValue("externalReference",
                    "must be 1 to " + MAX_LENGTH + " letters, digits, '.', '_', ':' or '-'");
        }
    }

    public static ExternalReference of(String value) {
        return new ExternalReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
