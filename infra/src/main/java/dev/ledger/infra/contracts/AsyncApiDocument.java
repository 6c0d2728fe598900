package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * AsyncAPI 3.0 description of the ledger's Kafka topics: one channel per aggregate type, one message per event
 * type and revision, its payload the shipped JSON Schema file, its headers the CloudEvents binding.
 */
final class AsyncApiDocument {

    static final String SCHEMAS_DIR = "schemas/";
    /** Our schemas are draft 2020-12; tools without it can read them as draft-07, the keywords used mean the same there. */
    static final String SCHEMA_FORMAT = "application/schema+json;version=2020-12";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KAFKA_BINDING = "0.4.0";
    private static final String TRAIT = "cloudEvents";

    private AsyncApiDocument() {
    }

    /** {@code published} are the current event types; {@code superseded} those only older records still carry. */
    static ObjectNode of(SortedSet<EventType> published, SortedSet<EventType> superseded) {
        Map<String, SortedSet<EventType>> byAggregate = new TreeMap<>();
        SortedSet<EventType> all = new TreeSet<>(published);
        all.addAll(superseded);
        all.forEach(type -> byAggregate.computeIfAbsent(type.aggregateType(), key -> new TreeSet<>()).add(type));

        ObjectNode channels = NODES.objectNode();
        ObjectNode operations = NODES.objectNode();
        ObjectNode messages = NODES.objectNode();
        byAggregate.forEach((aggregate, types) -> {
            EventType any = types.first();
            String channel = any.topic();
            ObjectNode channelMessages = NODES.objectNode();
            ArrayNode operationMessages = NODES.arrayNode();
            for (EventType type : types) {
                channelMessages.set(type.ceType(), ref("#/components/messages/" + type.ceType()));
                operationMessages.add(ref("#/channels/" + channel + "/messages/" + type.ceType()));
                messages.set(type.ceType(), message(type, superseded.contains(type)));
            }
            channels.set(channel, channel(any, channelMessages));
            ObjectNode operation = operations.putObject("send" + aggregate + "Events");
            operation.put("action", "send");
            operation.set("channel", ref("#/channels/" + channel));
            operation.set("messages", operationMessages);
            operation.put("summary", "The ledger publishes every committed " + aggregate + " event, in order per "
                    + any.keyField() + ".");
        });

        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        document.set("info", info());
        document.put("defaultContentType", "application/json");
        document.set("channels", channels);
        document.set("operations", operations);
        ObjectNode components = document.putObject("components");
        components.set("messages", messages);
        components.putObject("messageTraits").set(TRAIT, cloudEventsTrait(byAggregate.keySet()));
        return document;
    }

    private static ObjectNode info() {
        ObjectNode info = NODES.objectNode();
        info.put("title", "Ledger events");
        info.put("version", "1.0.0");
        info.put("description", String.join("\n",
                "Every event the ledger commits, forwarded from its event store to Kafka: one topic per aggregate "
                        + "type, keyed by aggregate id, so one aggregate's events share a partition and arrive in "
                        + "order.",
                "",
                "Records follow the CloudEvents 1.0 Kafka binding in binary mode: the value is the event's JSON "
                        + "and the attributes are ce_* headers. Pick the payload schema by ce_type, which names the "
                        + "event and its revision.",
                "",
                "Delivery is at least once: de-duplicate on ce_id. A revision never loses or retypes a property "
                        + "but may gain one, so ignore properties you do not know; a change that would break "
                        + "readers is published as a new revision (a new ce_type), never in place."));
        return info;
    }

    private static ObjectNode channel(EventType any, ObjectNode messages) {
        ObjectNode channel = NODES.objectNode();
        channel.put("address", any.topic());
        channel.put("title", any.aggregateType() + " events");
        channel.put("description", "Every event of every " + any.aggregateType() + ". Record key: the "
                + any.keyField() + " (also ce_subject), so all events of one " + any.aggregateType()
                + " land in one partition in the order they happened (ce_sequencenumber 0, 1, 2, ...).");
        channel.set("messages", messages);
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", any.topic());
        kafka.put("bindingVersion", KAFKA_BINDING);
        return channel;
    }

    private static ObjectNode message(EventType type, boolean superseded) {
        ObjectNode message = NODES.objectNode();
        message.put("name", type.ceType());
        message.put("title", type.name() + " v" + type.revision());
        message.put("summary", superseded
                ? "No longer published: only records written before its successor carry this revision."
                : type.name() + ", revision " + type.revision() + ", on " + type.topic() + ".");
        if (superseded) {
            message.put("deprecated", true);
        }
        message.put("contentType", "application/json");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", ref(SCHEMAS_DIR + type.schemaFile()));
        message.putArray("traits").add(ref("#/components/messageTraits/" + TRAIT));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.set("key", NODES.objectNode()
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "The " + type.keyField() + " of the payload, equal to ce_subject"));
        kafka.put("bindingVersion", KAFKA_BINDING);
        return message;
    }

    private static ObjectNode cloudEventsTrait(Set<String> aggregateTypes) {
        ObjectNode trait = NODES.objectNode();
        trait.set("headers", CloudEventsBinding.schema(aggregateTypes));
        trait.set("correlationId", NODES.objectNode()
                .put("description", "Groups the events that one request led to")
                .put("location", "$message.header#/" + CloudEventsBinding.CORRELATION_HEADER));
        return trait;
    }

    private static ObjectNode ref(String target) {
        return NODES.objectNode().put("$ref", target);
    }
}
