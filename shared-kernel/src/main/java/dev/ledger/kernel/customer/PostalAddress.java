package dev.ledger.kernel.customer;

import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A postal address kept as the customer wrote it: one to three street lines, a city, a postal code where the
 * country has them (Ireland and Hong Kong, among others, often do not) and the country.
 */
public record PostalAddress(List<String> lines, String city, String postalCode, CountryCode country) {

    public static final int MAX_LINES = 3;
    public static final int MAX_LINE_LENGTH = 100;

    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,14}");

    public PostalAddress {
        InvalidValue.required("address.lines", lines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidValue("address.lines", "must have 1 to " + MAX_LINES + " lines");
        }
        lines = lines.stream().map(line -> FreeText.of("address.lines", line, MAX_LINE_LENGTH)).toList();
        city = FreeText.of("address.city", city, MAX_LINE_LENGTH);
        if (postalCode != null) {
            postalCode = postalCode.strip();
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw new InvalidValue("address.postalCode", "must be 1 to 15 letters, digits, spaces or hyphens");
            }
        }
        InvalidValue.required("address.country", country);
    }

    /** Personal data: a log line gets the type, never the address. */
    @Override
    public String toString() {
        return "PostalAddress[redacted]";
    }
}
