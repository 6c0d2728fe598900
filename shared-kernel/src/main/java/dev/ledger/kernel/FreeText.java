package dev.ledger.kernel;


/** The one rule for human-written text of the kernel: trimmed, not blank, bounded, no control characters. */
public final class FreeText {

    private FreeText() {
    }

    public static String of(String field, String text, int maxLength) {
        InvalidValue.required(field, text);
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValue(field, "must not be blank");
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidValue(field, "must be at most " + maxLength + " characters");
        }
        // Control characters break reports, CSV exports and log lines.
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValue(field, "must not contain control characters");
        }
        return stripped;
    }

    public static String optional(String field, String text, int maxLength) {
        return text == null ? null : of(field, text, maxLength);
    }
}
