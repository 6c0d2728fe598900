package dev.ledger.infra.streams;

import dev.ledger.kernel.event.LedgerEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Headers of the CloudEvents Kafka protocol binding, binary mode: the record value is the event's JSON and the
 * attributes travel as {@code ce_*} headers, so consumers need no envelope to parse the payload.
 */
final class CloudEventHeaders {

    static final String SOURCE = "/ledger";

    private CloudEventHeaders() {
    }

    static List<Header> of(EventMessage<?> message, String revision, long globalPosition) {
        List<Header> headers = new ArrayList<>();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", message.getIdentifier());
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_type", typeOf(message, revision));
        add(headers, "ce_time", message.getTimestamp().toString());
        add(headers, "content-type", "application/json");
        add(headers, "ce_globalposition", Long.toString(globalPosition));
        if (message instanceof DomainEventMessage<?> domain) {
            add(headers, "ce_subject", domain.getAggregateIdentifier());
            add(headers, "ce_aggregatetype", domain.getType());
            add(headers, "ce_sequencenumber", Long.toString(domain.getSequenceNumber()));
        }
        if (message.getPayload() instanceof LedgerEvent event) {
            add(headers, "ce_organizationid", event.organizationId().toString());
        }
        metaData(headers, message, "traceId", "ce_correlationid");
        metaData(headers, message, "correlationId", "ce_causationid");
        return headers;
    }

    /** {@code dev.ledger.organization.OrganizationRegistered.v1}: the Java name without its kernel prefix, plus revision. */
    static String typeOf(EventMessage<?> message, String revision) {
        String name = message.getPayloadType().getName().replace("dev.ledger.kernel.", "dev.ledger.");
        return revision == null ? name : name + ".v" + revision;
    }

    private static void metaData(List<Header> headers, EventMessage<?> message, String key, String header) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            add(headers, header, value.toString());
        }
    }

    private static void add(List<Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
