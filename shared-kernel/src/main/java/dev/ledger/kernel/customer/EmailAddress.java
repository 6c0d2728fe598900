package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address of the form {@code local@domain.tld}, at most 254 characters (the SMTP path limit). The domain is
 * lower-cased because DNS ignores case; the local part is kept as given because its owner's server may not.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_PART_LENGTH = 64;

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** Dotted labels of letters, digits and inner hyphens; the top level is letters, or punycode for other scripts. */
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    public EmailAddress {
        InvalidValue.required("email", value);
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue("email", "must be at most " + MAX_LENGTH + " characters");
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            throw new InvalidValue("email", "must have the form name@example.com");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.matcher(local).matches()) {
            throw new InvalidValue("email", "has an invalid part before the @");
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidValue("email", "has an invalid domain");
        }
        value = local + "@" + domain;
    }

    /** Personal data: a log line gets the type, never the address. JSON and columns use {@link #value()}. */
    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
