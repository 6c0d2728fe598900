package dev.ledger.infra.streams;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads what streams need from a stored event's JSON without binding the event to its class. */
final class EventJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EventJson() {
    }

    /** The top-level {@code organizationId} of an event's JSON (every ledger event has one); null when it has none. */
    static String organizationIdOf(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("organizationId".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("stored event JSON is unreadable", e);
        }
    }
}
