package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import java.util.regex.Pattern;

/** A payment gateway's own id for an authorization or transaction, kept to reconcile with its reports. */
public record ProviderReference(String value) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public ProviderReference {
        InvalidValue.required("providerReference", value);
        if (!PRINTABLE_ASCII.matcher(value).matches()) {
            throw new InvalidValue("providerReference", "must be 1 to " + MAX_LENGTH + " printable ASCII characters without spaces");
        }
    }

    public static ProviderReference of(String value) {
        return new ProviderReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
