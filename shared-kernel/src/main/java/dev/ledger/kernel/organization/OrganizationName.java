package dev.ledger.kernel.organization;

import dev.ledger.kernel.InvalidValue;

/** A display name: trimmed, 1 to 200 characters, no control characters (they break reports and logs). */
public record OrganizationName(String value) {

    public static final int MAX_LENGTH = 200;

    public OrganizationName {
        InvalidValue.required("name", value);
        value = value.strip();
        if (value.isEmpty()) {
            throw new InvalidValue("name", "must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("name", "must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
