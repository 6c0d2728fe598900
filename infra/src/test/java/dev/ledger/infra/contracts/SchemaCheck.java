package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Just enough JSON Schema to check a value against what {@link EventSchemas} writes. Stricter than the standard in
 * one way: a property the schema does not name is reported, because the generator must name every one.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check("$", schema, schema, value, found);
        return found;
    }

    private static void check(String path, JsonNode root, JsonNode schema, JsonNode value, List<String> found) {
        if (schema.has("$ref")) {
            check(path, root, root.at(schema.get("$ref").asText().substring(1)), value, found);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(path, root, alternative, value, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            found.add(path + ": matches no alternative of " + schema.get("anyOf"));
            return;
        }
        if (schema.has("type") && !typeNames(schema.get("type")).contains(typeOf(value))
                && !(typeOf(value).equals("integer") && typeNames(schema.get("type")).contains("number"))) {
            found.add(path + ": " + typeOf(value) + " where the schema says " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            found.add(path + ": " + value + " is none of " + schema.get("enum"));
        }
        if (value.isTextual()) {
            checkText(path, schema, value.asText(), found);
        }
        if (value.isObject()) {
            checkObject(path, root, schema, value, found);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", root, schema.get("items"), value.get(i), found);
            }
        }
    }

    private static void checkText(String path, JsonNode schema, String text, List<String> found) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        if ("uuid".equals(schema.path("format").asText()) && !isUuid(text)) {
            found.add(path + ": \"" + text + "\" is not a UUID");
        }
    }

    private static void checkObject(String path, JsonNode root, JsonNode schema, JsonNode value, List<String> found) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                found.add(path + "." + name.asText() + ": required but absent");
            }
        });
        value.fieldNames().forEachRemaining(name -> {
            if (properties.has(name)) {
                check(path + "." + name, root, properties.get(name), value.get(name), found);
            } else {
                found.add(path + "." + name + ": not in the schema");
            }
        });
    }

    private static Set<String> typeNames(JsonNode type) {
        Set<String> names = new HashSet<>();
        if (type.isArray()) {
            type.forEach(name -> names.add(name.asText()));
        } else {
            names.add(type.asText());
        }
        return names;
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
            case STRING -> "string";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
