package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * JSON Schema (draft 2020-12) of an event record as Jackson writes it: string-valued kernel records are strings,
 * other records are objects of exactly their components (kept under {@code $defs}), enums are strings, lists arrays.
 * A component is typed {@code [type, "null"]} only when {@link OptionalComponents} lists it.
 */
final class EventSchemas {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID_PREFIX = "urn:ledger:event-schema:";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Class<?>> INT32 = Set.of(int.class, Integer.class, short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> INT64 = Set.of(long.class, Long.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private final Set<Class<?>> stringTypes;

    EventSchemas(Set<Class<?>> stringTypes) {
        this.stringTypes = Set.copyOf(stringTypes);
    }

    static EventSchemas ofLedgerJson() {
        return new EventSchemas(LedgerJsonValues.stringTypes(LedgerJsonValues.module()));
    }

    ObjectNode of(EventType type, Class<?> event) {
        if (!event.isRecord()) {
            throw new UnsupportedShape(event.getName() + " is not a record");
        }
        boolean hasKey = Arrays.stream(event.getRecordComponents()).anyMatch(c -> c.getName().equals(type.keyField()));
        if (!hasKey) {
            throw new UnsupportedShape(event.getName() + " has no " + type.keyField() + " to key its Kafka records by");
        }
        Definitions definitions = new Definitions();
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID_PREFIX + type.ceType());
        schema.put("title", type.ceType());
        schema.put("description", "The value of a Kafka record on " + type.topic() + " whose ce_type header is "
                + type.ceType() + ". The record key is its " + type.keyField() + ". Consumers must ignore properties "
                + "they do not know: a revision only ever gains properties.");
        objectShape(schema, event, definitions);
        if (!definitions.schemas.isEmpty()) {
            schema.set("$defs", NODES.objectNode().setAll(definitions.schemas));
        }
        return schema;
    }

    private void objectShape(ObjectNode target, Class<?> record, Definitions definitions) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        TreeSet<String> required = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean nullable = OptionalComponents.mayBeNull(component);
            String where = record.getName() + "." + component.getName();
            properties.set(component.getName(), valueSchema(component.getGenericType(), nullable, definitions, where));
            required.add(component.getName());
        }
        target.set("required", strings(required));
        // Consumers must tolerate properties added within a revision.
        target.put("additionalProperties", true);
    }

    private ObjectNode valueSchema(Type type, boolean nullable, Definitions definitions, String where) {
        Class<?> raw = rawClass(type, where);
        if (stringTypes.contains(raw)) {
            ObjectNode schema = scalar("string", nullable);
            if (raw.isRecord() && raw.getRecordComponents().length == 1
                    && raw.getRecordComponents()[0].getType() == UUID.class) {
                schema.put("format", "uuid");
            }
            ValueKeywords.of(raw).forEach(schema::put);
            return schema;
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return scalar("string", nullable);
        }
        if (raw == UUID.class) {
            return scalar("string", nullable).put("format", "uuid");
        }
        if (raw == java.time.Instant.class) {
            // Spring Boot's ObjectMapper, which Axon's event serializer uses, writes instants as ISO-8601 text.
            return scalar("string", nullable).put("format", "date-time");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return scalar("boolean", nullable);
        }
        if (INT32.contains(raw)) {
            return scalar("integer", nullable).put("format", "int32");
        }
        if (INT64.contains(raw)) {
            return scalar("integer", nullable).put("format", "int64");
        }
        if (NUMBERS.contains(raw)) {
            return scalar("number", nullable);
        }
        if (raw.isEnum()) {
            return enumeration(raw, nullable);
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            return array(type, raw, nullable, definitions, where);
        }
        if (raw.isRecord()) {
            return reference(raw, nullable, definitions);
        }
        throw new UnsupportedShape(where + ": no JSON schema for " + type.getTypeName()
                + "; teach EventSchemas how the event serializer writes it");
    }

    private static ObjectNode scalar(String jsonType, boolean nullable) {
        ObjectNode schema = NODES.objectNode();
        if (nullable) {
            schema.set("type", NODES.arrayNode().add(jsonType).add("null"));
        } else {
            schema.put("type", jsonType);
        }
        return schema;
    }

    private static ObjectNode enumeration(Class<?> type, boolean nullable) {
        ObjectNode schema = scalar("string", nullable);
        TreeSet<String> names = new TreeSet<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        ArrayNode values = strings(names);
        if (nullable) {
            values.addNull();
        }
        schema.set("enum", values);
        return schema;
    }

    private ObjectNode array(Type type, Class<?> raw, boolean nullable, Definitions definitions, String where) {
        if (!(type instanceof ParameterizedType parameterized)) {
            throw new UnsupportedShape(where + ": a raw " + raw.getName() + " has no element type");
        }
        ObjectNode schema = scalar("array", nullable);
        // Elements are never null: the kernel builds its lists from checked values.
        schema.set("items", valueSchema(parameterized.getActualTypeArguments()[0], false, definitions, where + "[]"));
        if (Set.class.isAssignableFrom(raw)) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    private ObjectNode reference(Class<?> record, boolean nullable, Definitions definitions) {
        String name = definitions.define(record, this);
        ObjectNode ref = NODES.objectNode().put("$ref", "#/$defs/" + name);
        if (!nullable) {
            return ref;
        }
        ObjectNode schema = NODES.objectNode();
        schema.set("anyOf", NODES.arrayNode().add(ref).add(NODES.objectNode().put("type", "null")));
        return schema;
    }

    private static Class<?> rawClass(Type type, String where) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        throw new UnsupportedShape(where + ": no JSON schema for the type " + type.getTypeName());
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Nested records of one schema, each defined once under its simple name. */
    private static final class Definitions {
        private final SortedMap<String, ObjectNode> schemas = new TreeMap<>();
        private final Map<String, Class<?>> owners = new HashMap<>();

        String define(Class<?> record, EventSchemas generator) {
            String name = record.getSimpleName();
            Class<?> owner = owners.putIfAbsent(name, record);
            if (owner != null && owner != record) {
                throw new UnsupportedShape("two nested records are named " + name + ": " + owner.getName()
                        + " and " + record.getName());
            }
            if (owner == null) {
                ObjectNode schema = NODES.objectNode();
                ValueKeywords.of(record).forEach(schema::put);
                generator.objectShape(schema, record, this);
                schemas.put(name, schema);
            }
            return name;
        }
    }

    static final class UnsupportedShape extends IllegalStateException {
        UnsupportedShape(String message) {
            super(message);
        }
    }
}
