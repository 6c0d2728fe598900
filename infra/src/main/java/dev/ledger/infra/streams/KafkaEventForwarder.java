package dev.ledger.infra.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * The event store is the outbox: this processor reads committed events only and sends each to its aggregate's
 * topic keyed by aggregate id. The token advances only after the broker acknowledged every record of the batch,
 * so a failure re-sends (consumers de-duplicate by {@code ce_id}) and never skips.
 */
@Component
@ProcessingGroup(KafkaEventForwarder.PROCESSING_GROUP)
class KafkaEventForwarder {

    static final String PROCESSING_GROUP = "kafka-forwarder";
    private static final String PENDING_SENDS = KafkaEventForwarder.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final Serializer eventSerializer;
    private final Duration sendTimeout;

    KafkaEventForwarder(KafkaTemplate<String, String> kafka,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${ledger.streams.send-timeout:PT30S}") Duration sendTimeout) {
        this.kafka = kafka;
        this.eventSerializer = eventSerializer;
        this.sendTimeout = sendTimeout;
    }

    @EventHandler
    void forward(Object payload, EventMessage<?> message, TrackingToken token) {
        // The serialized form of a stored event is kept on the message: Kafka gets the stored JSON byte for byte.
        SerializedObject<String> json = message.serializePayload(eventSerializer, String.class);
        String key = null;
        String topic = EventTopics.WITHOUT_AGGREGATE;
        if (message instanceof DomainEventMessage<?> domain) {
            key = domain.getAggregateIdentifier();
            topic = EventTopics.forAggregateType(domain.getType());
        }
        long position = token.position().orElse(-1);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, key, json.getData(),
                CloudEventHeaders.of(message, json.getType().getRevision(), position));
        pendingSends().add(kafka.send(record));
    }

    /** Sends of one batch go out together; the batch commits its token only once all are acknowledged. */
    private List<CompletableFuture<SendResult<String, String>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING_SENDS, name -> {
            List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(done -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<CompletableFuture<SendResult<String, String>>> sends) {
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (CompletableFuture<SendResult<String, String>> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ForwardingFailed("interrupted while waiting for the broker", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new ForwardingFailed("the broker did not acknowledge a record", e);
            }
        }
    }

    static final class ForwardingFailed extends RuntimeException {
        ForwardingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
