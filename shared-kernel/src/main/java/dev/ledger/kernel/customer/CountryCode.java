package dev.ledger.kernel.customer;

import dev.ledger.kernel.InvalidValue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code the JDK knows, upper-case as the standard writes it. */
public record CountryCode(String code) {

    private static final Pattern TWO_UPPER_LETTERS = Pattern.compile("[A-Z]{2}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public CountryCode {
        InvalidValue.required("country", code);
        if (!TWO_UPPER_LETTERS.matcher(code).matches()) {
            throw new InvalidValue("country", "must be two upper-case letters (ISO 3166-1 alpha-2)");
        }
        if (!ISO_COUNTRIES.contains(code)) {
            throw new InvalidValue("country", "is not an ISO 3166-1 country code: " + code);
        }
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
