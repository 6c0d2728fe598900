package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The Kafka headers of every ledger event: the CloudEvents 1.0 Kafka protocol binding in binary mode, as
 * {@code infra.streams} sends them. Header values are UTF-8 text, so numbers travel as decimal strings.
 */
final class CloudEventsBinding {

    static final String CORRELATION_HEADER = "ce_correlationid";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DIGITS = "^[0-9]+$";
    private static final String CE_TYPE = "^dev\\.ledger\\.[a-z0-9]+\\.[A-Z][A-Za-z0-9]*\\.v[0-9A-Za-z.-]+$";

    private CloudEventsBinding() {
    }

    static ObjectNode schema(Collection<String> aggregateTypes) {
        ObjectNode properties = NODES.objectNode();
        properties.set("ce_specversion", constant("1.0", "CloudEvents specification version"));
        properties.set("ce_id", text("The event's id, unique for ever. Delivery is at least once: de-duplicate on it"));
        properties.set("ce_source", constant("/ledger", "The ledger"));
        properties.set("ce_type", text("Event type and payload revision, such as "
                + "dev.ledger.paymentorder.PaymentCaptured.v1: picks the payload schema").put("pattern", CE_TYPE));
        properties.set("ce_time", text("When the event happened (RFC 3339, UTC)").put("format", "date-time"));
        properties.set("ce_subject", text("The aggregate id; equal to the record key").put("format", "uuid"));
        properties.set("content-type", constant("application/json", "Media type of the record value"));
        properties.set("ce_organizationid", text("The tenant the event belongs to").put("format", "uuid"));
        ArrayNode aggregates = NODES.arrayNode();
        new TreeSet<>(aggregateTypes).forEach(aggregates::add);
        properties.set("ce_aggregatetype", text("The aggregate type; one topic per aggregate type").set("enum", aggregates));
        properties.set("ce_sequencenumber", text("Position of the event within its aggregate, from 0 without gaps: "
                + "order and spot gaps per key with it").put("pattern", DIGITS));
        properties.set("ce_globalposition", text("Position in the ledger's event store, increasing across all "
                + "aggregates (a 64-bit integer as text)").put("pattern", DIGITS));
        properties.set(CORRELATION_HEADER, text("Id of the first message of the chain that led to this event; "
                + "absent when the command carried no trace"));
        properties.set("ce_causationid", text("Id of the message that caused this event; absent when unknown"));

        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.set("properties", properties);
        TreeSet<String> required = new TreeSet<>();
        properties.fieldNames().forEachRemaining(required::add);
        required.remove(CORRELATION_HEADER);
        required.remove("ce_causationid");
        ArrayNode requiredNode = schema.putArray("required");
        required.forEach(requiredNode::add);
        // Kafka clients and brokers may add headers of their own.
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode text(String description) {
        return NODES.objectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode constant(String value, String description) {
        return text(description).put("const", value);
    }
}
