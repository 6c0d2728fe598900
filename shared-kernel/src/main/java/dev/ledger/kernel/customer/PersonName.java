package dev.ledger.kernel.customer;

import dev.ledger.kernel.FreeText;

/** A person's name as they write it: 1 to 200 characters, no control characters, no assumed structure. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 200;

    public PersonName {
        value = FreeText.of("name", value, MAX_LENGTH);
    }

    /** Personal data: a log line gets the type, never the name. JSON and columns use {@link #value()}. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
