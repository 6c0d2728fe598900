package dev.ledger.kernel;

/** A value broke one of its rules; {@code field} names the input at fault so the edge can report it. */
public final class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    /** Rejects null with the field's name, so every value record reads the same. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
        return value;
    }
}
