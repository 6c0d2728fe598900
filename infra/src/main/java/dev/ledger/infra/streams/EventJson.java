package dev.ledger.infra.streams;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads what streams (and the processors' correlation data) need from stored JSON without binding it to a class. */
public final class EventJson {

    private static final JsonFactory JSON = new JsonFactory();
    /** Each thread's last read: the forwarder reads an event's lineage for its record, then Axon for the result's. */
    private static final ThreadLocal<Read> LAST_LINEAGE = new ThreadLocal<>();

    private record Read(String metadataJson, Lineage lineage) {
    }

    private EventJson() {
    }

    /** The ids that tie an event to the command that caused it, as Axon records them in the event's metadata. */
    public record Lineage(String traceId, String correlationId) {
    }

    /** The {@code traceId} and {@code correlationId} of stored metadata JSON (null when absent or not text; no JSON, none). */
    public static Lineage lineageOf(String metadataJson) {
        if (metadataJson == null) {
            return new Lineage(null, null);
        }
        Read last = LAST_LINEAGE.get();
        if (last != null && last.metadataJson().equals(metadataJson)) {
            return last.lineage();
        }
        Lineage lineage = parseLineage(metadataJson);
        LAST_LINEAGE.set(new Read(metadataJson, lineage));
        return lineage;
    }

    private static Lineage parseLineage(String metadataJson) {
        String traceId = null;
        String correlationId = null;
        try (JsonParser parser = JSON.createParser(metadataJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Lineage(null, null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && "traceId".equals(field)) {
                    traceId = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && "correlationId".equals(field)) {
                    correlationId = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return new Lineage(traceId, correlationId);
        } catch (IOException e) {
            throw new UncheckedIOException("stored event metadata JSON is unreadable", e);
        }
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
