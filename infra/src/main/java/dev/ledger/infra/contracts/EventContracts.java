package dev.ledger.infra.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The event contracts as files under {@code docs/events} (paths relative to it), and the gate that compares them
 * with the files shipped there. Shipped schemas of superseded revisions are kept and listed, never dropped:
 * records carrying them stay on the topics.
 */
final class EventContracts {

    static final String ASYNCAPI = "asyncapi.json";
    static final String REGENERATE =
            "mvn -pl infra -am test -Dtest=EventContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dledger.contracts.write=true";

    private final SortedMap<EventType, Class<?>> events;
    private final EventSchemas schemas;

    EventContracts(SortedMap<EventType, Class<?>> events, EventSchemas schemas) {
        this.events = events;
        this.schemas = schemas;
    }

    static EventContracts ofKernel() {
        return new EventContracts(KernelEvents.onClasspath(), EventSchemas.ofLedgerJson());
    }

    static String schemaPath(EventType type) {
        return AsyncApiDocument.SCHEMAS_DIR + type.schemaFile();
    }

    SortedMap<EventType, Class<?>> events() {
        return events;
    }

    /** Every file the current events call for; {@code shippedPaths} only adds superseded revisions to the AsyncAPI. */
    SortedMap<String, String> generate(Collection<String> shippedPaths) {
        SortedMap<String, String> files = new TreeMap<>();
        events.forEach((type, event) -> files.put(schemaPath(type), CanonicalJson.write(schemas.of(type, event))));
        files.put(ASYNCAPI, CanonicalJson.write(AsyncApiDocument.of(new TreeSet<>(events.keySet()), superseded(shippedPaths))));
        return files;
    }

    /** Current events whose shipped schema lists a property they lost or changed: these need a new revision. */
    List<String> breakingChanges(Map<String, String> shipped) {
        List<String> problems = new ArrayList<>();
        events.forEach((type, event) -> {
            String shippedSchema = shipped.get(schemaPath(type));
            if (shippedSchema == null) {
                return;
            }
            List<String> changes = SchemaCompatibility.breakingChanges(
                    CanonicalJson.read(shippedSchema), schemas.of(type, event));
            if (!changes.isEmpty()) {
                problems.add("breaking change to dev.ledger." + type.kernelPackage() + "." + type.name() + " v"
                        + type.revision() + ": add a new @EventRevision and an upcaster (" + String.join("; ", changes)
                        + ")");
            }
        });
        return problems;
    }

    /** Current event revisions without a shipped schema. */
    List<String> unshipped(Map<String, String> shipped) {
        List<String> problems = new ArrayList<>();
        for (EventType type : events.keySet()) {
            if (!shipped.containsKey(schemaPath(type))) {
                problems.add("new event or revision: regenerate the contracts (" + type.ceType() + " has no "
                        + schemaPath(type) + "): " + REGENERATE);
            }
        }
        return problems;
    }

    /** Shipped schemas of current events that differ from what the events generate now. */
    List<String> outdated(Map<String, String> shipped) {
        List<String> problems = new ArrayList<>();
        events.forEach((type, event) -> {
            String shippedText = shipped.get(schemaPath(type));
            if (shippedText != null && !sameText(shippedText, CanonicalJson.write(schemas.of(type, event)))) {
                problems.add(schemaPath(type) + " differs from what " + type.ceType()
                        + " generates: regenerate the contracts: " + REGENERATE);
            }
        });
        return problems;
    }

    /** Whether the shipped AsyncAPI document is missing or differs from the generated one. */
    Optional<String> outdatedAsyncApi(Map<String, String> shipped) {
        String shippedText = shipped.get(ASYNCAPI);
        if (shippedText == null) {
            return Optional.of(ASYNCAPI + " is missing: regenerate the contracts: " + REGENERATE);
        }
        if (!sameText(shippedText, generate(shipped.keySet()).get(ASYNCAPI))) {
            return Optional.of(ASYNCAPI + " differs from what the events generate: regenerate the contracts: " + REGENERATE);
        }
        return Optional.empty();
    }

    /** Line ends aside: a checkout with CRLF conversion is still up to date. */
    private static boolean sameText(String shipped, String generated) {
        return shipped.replace("\r\n", "\n").equals(generated);
    }

    /** Revisions with a shipped schema but no current event record: older records on the topics still carry them. */
    private SortedSet<EventType> superseded(Collection<String> shippedPaths) {
        SortedSet<EventType> superseded = new TreeSet<>();
        for (String path : shippedPaths) {
            if (path.startsWith(AsyncApiDocument.SCHEMAS_DIR)) {
                Optional<EventType> type = EventType.ofSchemaFile(path.substring(AsyncApiDocument.SCHEMAS_DIR.length()));
                type.filter(shippedType -> !events.containsKey(shippedType)).ifPresent(superseded::add);
            }
        }
        return superseded;
    }
}
