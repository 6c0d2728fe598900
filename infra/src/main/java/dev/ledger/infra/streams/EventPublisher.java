package dev.ledger.infra.streams;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.ledger.infra.pii.DownstreamJson;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends stored events to Kafka and waits for the broker's acknowledgement of every one, then records where each
 * landed. Used by live forwarding and by re-publishing alike, so both produce identical records.
 */
final class EventPublisher {

    /** One event to send: its global position, and a topic that overrides the aggregate's (null for the usual one). */
    record Outgoing(EventMessage<?> message, long globalPosition, String topicOverride) {
    }

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Serializer eventSerializer;
    private final DownstreamJson downstreamJson;
    private final RecordTrace trace;
    private final Duration sendTimeout;

    EventPublisher(KafkaTemplate<String, CloudEvent> kafka, Serializer eventSerializer, DownstreamJson downstreamJson,
            RecordTrace trace, Duration sendTimeout) {
        this.kafka = kafka;
        this.eventSerializer = eventSerializer;
        this.downstreamJson = downstreamJson;
        this.trace = trace;
        this.sendTimeout = sendTimeout;
    }

    /** A send in flight: started now, acknowledged (or not) later. */
    record Pending(Outgoing outgoing, CompletableFuture<SendResult<String, CloudEvent>> result) {
    }

    Pending send(Outgoing outgoing) {
        EventMessage<?> message = outgoing.message();
        SerializedObject<String> stored = message.serializePayload(eventSerializer, String.class);
        // With personal data readable while the customer's key lives and erased once it is gone.
        String value = downstreamJson.of(stored);
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        String topic = outgoing.topicOverride() != null ? outgoing.topicOverride()
                : message instanceof DomainEventMessage<?> domain ? EventTopics.forAggregateType(domain.getType())
                : EventTopics.WITHOUT_AGGREGATE;
        // The stored metadata JSON as it is: binding it to Axon's MetaData map cost more than the record's headers.
        String metadata = message.serializeMetaData(eventSerializer, String.class).getData();
        CloudEvent event = LedgerCloudEvents.of(message, value.getBytes(StandardCharsets.UTF_8),
                stored.getType().getRevision(), outgoing.globalPosition(), EventJson.organizationIdOf(stored.getData()),
                EventJson.lineageOf(metadata));
        return new Pending(outgoing, kafka.send(new ProducerRecord<>(topic, key, event)));
    }

    /** Hands every record sent so far to the broker now and waits until each is acknowledged or failed. */
    void flush() {
        kafka.flush();
    }

    /** Waits for every pending send, then traces them all; throws if any was not acknowledged in time. */
    void awaitAndTrace(List<Pending> pending, UUID republishId) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        List<RecordTrace.Sent> sent = new ArrayList<>(pending.size());
        for (Pending one : pending) {
            try {
                SendResult<String, CloudEvent> result =
                        one.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(new RecordTrace.Sent(one.outgoing().globalPosition(), one.outgoing().message().getIdentifier(),
                        result.getRecordMetadata()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ForwardingFailed("interrupted while waiting for the broker", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new ForwardingFailed("the broker did not acknowledge event at position "
                        + one.outgoing().globalPosition(), e);
            }
        }
        trace.record(sent, republishId);
    }

    static final class ForwardingFailed extends RuntimeException {
        ForwardingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
