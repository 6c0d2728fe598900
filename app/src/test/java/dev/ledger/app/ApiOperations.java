package dev.ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every operation the service's OpenAPI document lists: security tests enumerate endpoints from here, never by hand. */
record ApiOperations(List<Op> all, JsonNode document) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** One operation: its method, path template, the roles it declares (empty if none) and the names of its body's fields. */
    record Op(String method, String path, List<String> roles, boolean declaresRoles, List<String> bodyFields,
            boolean hasBody) {

        boolean isTenantScoped() {
            return path.contains("{organizationId}");
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        /** The path with each variable from {@code values}, or a fresh random UUID where none is given. */
        String fill(Map<String, String> values) {
            Matcher matcher = VARIABLE.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, values.getOrDefault(matcher.group(1), UUID.randomUUID().toString()));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static ApiOperations from(JsonNode document) {
        List<Op> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                JsonNode roles = operation.get("x-required-role");
                List<String> roleNames = new ArrayList<>();
                if (roles != null) {
                    roles.forEach(role -> roleNames.add(role.asText()));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Op(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), roleNames,
                        roles != null, fieldsOf(document, body), operation.has("requestBody")));
            }
        }
        return new ApiOperations(List.copyOf(operations), document);
    }

    private static List<String> fieldsOf(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        List<String> fields = new ArrayList<>();
        resolved.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
