package dev.ledger.kernel.catalog;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** A stock-keeping unit: 1 to 64 letters, digits, '.', '_' or '-', as an organization's catalog names it. */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Sku {
        InvalidValue.required("sku", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("sku", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
