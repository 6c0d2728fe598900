package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether readers of a shipped schema can read what the current one allows: every record valid under the current
 * schema must be valid under the shipped one. So a property may be added (shipped schemas allow additional ones)
 * and may stop being null, but must not disappear, change JSON type or format, become nullable, or gain enum
 * constants, at any depth. Patterns and descriptions only document and are not compared.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** One line per incompatibility, each naming the property path; empty when the current schema is compatible. */
    static List<String> breakingChanges(JsonNode shipped, JsonNode current) {
        List<String> changes = new ArrayList<>();
        new Comparison(shipped, current, changes).compare("", shipped, current);
        return changes;
    }

    /** A schema with its $ref and anyOf-with-null resolved to what a value may be; {@code definition} is the $ref taken. */
    private record Shape(Set<String> types, String format, JsonNode properties, JsonNode required, JsonNode items,
            Set<String> enumValues, String definition) {

        static Shape of(JsonNode root, JsonNode schema) {
            String definition = schema.has("$ref") ? schema.get("$ref").asText() : null;
            JsonNode resolved = resolve(root, schema);
            if (resolved.has("anyOf")) {
                Set<String> types = new TreeSet<>();
                Shape main = null;
                for (JsonNode alternative : resolved.get("anyOf")) {
                    Shape shape = of(root, alternative);
                    types.addAll(shape.types());
                    if (!shape.types().equals(Set.of("null"))) {
                        main = shape;
                    }
                }
                return main == null ? new Shape(types, null, null, null, null, null, null)
                        : new Shape(types, main.format(), main.properties(), main.required(), main.items(),
                                main.enumValues(), main.definition());
            }
            return new Shape(types(resolved.get("type")), text(resolved.get("format")), resolved.get("properties"),
                    resolved.get("required"), resolved.get("items"), enumValues(resolved.get("enum")), definition);
        }

        private static JsonNode resolve(JsonNode root, JsonNode schema) {
            JsonNode resolved = schema;
            for (int hops = 0; resolved.has("$ref"); hops++) {
                String ref = resolved.get("$ref").asText();
                if (!ref.startsWith("#") || hops > 32) {
                    throw new IllegalArgumentException("only local, non-circular $ref is supported: " + ref);
                }
                resolved = root.at(ref.substring(1));
                if (resolved.isMissingNode()) {
                    throw new IllegalArgumentException("$ref to nothing: " + ref);
                }
            }
            return resolved;
        }

        private static Set<String> types(JsonNode type) {
            Set<String> types = new TreeSet<>();
            if (type == null) {
                types.add("any");
            } else if (type.isArray()) {
                type.forEach(one -> types.add(one.asText()));
            } else {
                types.add(type.asText());
            }
            return types;
        }

        private static Set<String> enumValues(JsonNode values) {
            if (values == null) {
                return null;
            }
            Set<String> texts = new TreeSet<>();
            values.forEach(value -> texts.add(value.toString()));
            return texts;
        }

        private static String text(JsonNode node) {
            return node == null ? null : node.asText();
        }
    }

    private record Comparison(JsonNode shippedRoot, JsonNode currentRoot, List<String> changes, Set<String> onPath) {

        Comparison(JsonNode shippedRoot, JsonNode currentRoot, List<String> changes) {
            this(shippedRoot, currentRoot, changes, new HashSet<>());
        }

        void compare(String path, JsonNode shippedSchema, JsonNode currentSchema) {
            Shape shipped = Shape.of(shippedRoot, shippedSchema);
            Shape current = Shape.of(currentRoot, currentSchema);
            // A record nested in itself would recurse for ever: compare each pair of definitions once per branch.
            String pair = shipped.definition() + "|" + current.definition();
            if (shipped.definition() != null && !onPath.add(pair)) {
                return;
            }
            try {
                compareShapes(path, shipped, current);
            } finally {
                onPath.remove(pair);
            }
        }

        private void compareShapes(String path, Shape shipped, Shape current) {
            String where = path.isEmpty() ? "the event" : path;
            if (!shipped.types().contains("any") && !shipped.types().containsAll(current.types())) {
                changes.add(where + ": type " + shipped.types() + " is now " + current.types());
                return;
            }
            if (shipped.format() != null && !shipped.format().equals(current.format())) {
                changes.add(where + ": format " + shipped.format() + " is now " + current.format());
            }
            if (shipped.enumValues() != null) {
                if (current.enumValues() == null) {
                    changes.add(where + ": no longer limited to " + shipped.enumValues());
                } else if (!shipped.enumValues().containsAll(current.enumValues())) {
                    Set<String> added = new TreeSet<>(current.enumValues());
                    added.removeAll(shipped.enumValues());
                    changes.add(where + ": new values " + added + " that readers of the shipped schema reject");
                }
            }
            if (shipped.items() != null) {
                compareItems(path, shipped, current);
            }
            if (shipped.properties() != null) {
                compareProperties(path, shipped, current);
            }
        }

        private void compareItems(String path, Shape shipped, Shape current) {
            if (current.items() == null) {
                changes.add(path + "[]: elements are no longer described");
                return;
            }
            compare(path + "[]", shipped.items(), current.items());
        }

        private void compareProperties(String path, Shape shipped, Shape current) {
            String prefix = path.isEmpty() ? "" : path + ".";
            Set<String> currentRequired = new HashSet<>();
            if (current.required() != null) {
                current.required().forEach(name -> currentRequired.add(name.asText()));
            }
            Set<String> shippedRequired = new HashSet<>();
            if (shipped.required() != null) {
                shipped.required().forEach(name -> shippedRequired.add(name.asText()));
            }
            for (Iterator<String> names = shipped.properties().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode now = current.properties() == null ? null : current.properties().get(name);
                if (now == null) {
                    changes.add(prefix + name + ": removed");
                    continue;
                }
                if (shippedRequired.contains(name) && !currentRequired.contains(name)) {
                    changes.add(prefix + name + ": no longer required");
                }
                compare(prefix + name, shipped.properties().get(name), now);
            }
        }
    }
}
