package dev.ledger.kernel.paymentorder;

import dev.ledger.kernel.InvalidValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The number people quote for a payment order: {@code YYYYMMDD-NNNNNN}, the day it was created and that day's
 * sequence within the organization, zero-padded to at least six digits so numbers of one day sort as text.
 */
public record OrderNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{8})-([0-9]{6,18})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public OrderNumber {
        InvalidValue.required("orderNumber", value);
        var matcher = FORMAT.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidValue("orderNumber", "must have the form YYYYMMDD-NNNNNN");
        }
        try {
            LocalDate.parse(matcher.group(1), DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidValue("orderNumber", "does not start with a real date");
        }
        if (Long.parseLong(matcher.group(2)) == 0) {
            throw new InvalidValue("orderNumber", "sequence starts at 1");
        }
    }

    public static OrderNumber of(LocalDate day, long sequence) {
        InvalidValue.required("day", day);
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new InvalidValue("day", "must have a four-digit year");
        }
        if (sequence < 1) {
            throw new InvalidValue("sequence", "must be positive");
        }
        return new OrderNumber(day.format(DAY) + "-" + String.format("%06d", sequence));
    }

    public static OrderNumber parse(String text) {
        return new OrderNumber(text);
    }

    public LocalDate day() {
        return LocalDate.parse(value.substring(0, 8), DAY);
    }

    public long sequence() {
        return Long.parseLong(value.substring(9));
    }

    @Override
    public String toString() {
        return value;
    }
}
