package dev.ledger.kernel;

import java.util.UUID;

/** Parses identifiers from the edge into a typed error instead of a bare IllegalArgumentException. */
public final class Uuids {

    private Uuids() {
    }

    public static UUID parse(String field, String text) {
        InvalidValue.required(field, text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new InvalidValue(field, "is not a canonical UUID");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValue invalid) {
                throw invalid;
            }
            throw new InvalidValue(field, "is not a UUID");
        }
    }
}
