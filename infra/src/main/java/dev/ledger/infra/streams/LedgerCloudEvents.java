package dev.ledger.infra.streams;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * A stored event as a CloudEvent (CNCF spec 1.0): id = event id, subject = aggregate id, data = the event's JSON as
 * stored, and the ledger's positions and the event's organization as extensions. Sent in the Kafka binding's binary mode: attributes become
 * {@code ce_*} headers and the record value is the JSON itself.
 */
final class LedgerCloudEvents {

    static final URI SOURCE = URI.create("/ledger");
    static final String JSON = "application/json";

    private LedgerCloudEvents() {
    }

    static CloudEvent of(EventMessage<?> message, byte[] json, String revision, long globalPosition,
            String organizationId, EventJson.Lineage lineage) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(SOURCE)
                .withType(typeOf(message.getPayloadType(), revision))
                .withTime(OffsetDateTime.ofInstant(message.getTimestamp(), ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(json)
                // CloudEvents integers are 32-bit; positions are 64-bit, so they travel as strings.
                .withExtension("globalposition", Long.toString(globalPosition));
        if (message instanceof DomainEventMessage<?> domain) {
            event.withSubject(domain.getAggregateIdentifier())
                    .withExtension("aggregatetype", domain.getType())
                    .withExtension("sequencenumber", Long.toString(domain.getSequenceNumber()));
        }
        if (organizationId != null) {
            event.withExtension("organizationid", organizationId);
        }
        // Axon's traceId is the first command of the chain (correlation); its correlationId the message that caused this one.
        if (lineage.traceId() != null) {
            event.withExtension("correlationid", lineage.traceId());
        }
        if (lineage.correlationId() != null) {
            event.withExtension("causationid", lineage.correlationId());
        }
        return event.build();
    }

    /** {@code dev.ledger.paymentorder.PaymentCaptured.v1}: the Java name without its kernel prefix, plus revision. */
    static String typeOf(Class<?> payloadType, String revision) {
        String name = payloadType.getName().replace("dev.ledger.kernel.", "dev.ledger.");
        return revision == null ? name : name + ".v" + revision;
    }
}
