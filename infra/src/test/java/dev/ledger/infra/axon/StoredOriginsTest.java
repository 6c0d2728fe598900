package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class StoredOriginsTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final StoredOrigins origins = new StoredOrigins(serializer);
    private final MessageOriginProvider axons = new MessageOriginProvider();

    @Test
    void aStoredEventCarriesOnTheTraceOfTheCommandThatCausedIt() {
        SerializedMessage<Object> stored = stored("event-1", """
                {"correlationId": "command-2", "traceId": "command-1", "attempt": 2}""");
        Message<?> event = tracked(stored);

        Map<String, ?> origin = origins.correlationDataFor(event);

        assertThat(stored.isMetaDataDeserialized()).as("read from the stored JSON, never bound to a map").isFalse();
        assertThat(origin).isEqualTo(Map.of("correlationId", "event-1", "traceId", "command-1"))
                .isEqualTo(axons.correlationDataFor(event));
    }

    @Test
    void anEscapedTraceReadsAsAxonReadsIt() {
        Message<?> event = storedEvent("event-1", "{\"traceId\": \"a\\\"b\\u00e9\"}");

        assertThat(origins.correlationDataFor(event)).isEqualTo(axons.correlationDataFor(event));
        assertThat(origins.correlationDataFor(event).get("traceId")).isEqualTo("a\"b\u00e9");
    }

    @Test
    void aStoredEventWithoutATraceStartsOneAsAxonDoes() {
        SerializedMessage<Object> stored = stored("event-1", "{}");
        Message<?> event = tracked(stored);

        assertThat(origins.correlationDataFor(event))
                .isEqualTo(Map.of("correlationId", "event-1", "traceId", "event-1"));
        assertThat(stored.isMetaDataDeserialized()).as("nothing stored to bind").isFalse();
        assertThat(origins.correlationDataFor(event)).isEqualTo(axons.correlationDataFor(event));
    }

    @Test
    void aTraceThatIsNotTextIsKeptAsAxonKeepsIt() {
        Message<?> event = storedEvent("event-1", "{\"traceId\": 7}");

        assertThat(origins.correlationDataFor(event)).isEqualTo(axons.correlationDataFor(event));
        assertThat(origins.correlationDataFor(event).get("traceId")).isEqualTo(7);
    }

    @Test
    void commandsAndUnstoredEventsAreReadFromTheirMetadata() {
        Message<?> command = GenericCommandMessage.asCommandMessage("pay").andMetaData(MetaData.with("traceId", "t-1"));
        Message<?> event = GenericEventMessage.asEventMessage("paid");

        assertThat(origins.correlationDataFor(command))
                .isEqualTo(Map.of("correlationId", command.getIdentifier(), "traceId", "t-1"))
                .isEqualTo(axons.correlationDataFor(command));
        assertThat(origins.correlationDataFor(event)).isEqualTo(axons.correlationDataFor(event));
    }

    private Message<?> storedEvent(String id, String metadataJson) {
        return tracked(stored(id, metadataJson));
    }

    private SerializedMessage<Object> stored(String id, String metadataJson) {
        return new SerializedMessage<>(id,
                new SimpleSerializedObject<>("\"paid\"", String.class, new SimpleSerializedType("java.lang.String", null)),
                new SimpleSerializedObject<>(metadataJson, String.class, new SimpleSerializedType(MetaData.class.getName(), null)),
                serializer);
    }

    private static Message<?> tracked(SerializedMessage<Object> stored) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(1), stored, () -> Instant.EPOCH);
    }
}
