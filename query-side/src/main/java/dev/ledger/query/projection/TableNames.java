package dev.ledger.query.projection;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which physical table a projection writes for each of its read tables: the live ones, or the shadow copies a
 * rebuild fills. Names come from code only and are checked as identifiers, so they are safe in SQL text.
 */
public record TableNames(Map<String, String> physicalByLive) {

    static final String SHADOW_SUFFIX = "__rebuild";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,50}");
    private static final TableNames LIVE = new TableNames(Map.of());

    public TableNames {
        physicalByLive = Map.copyOf(physicalByLive);
        physicalByLive.forEach((live, physical) -> {
            requireIdentifier(live);
            requireIdentifier(physical);
        });
    }

    public static TableNames live() {
        return LIVE;
    }

    static TableNames shadowOf(Iterable<String> liveTables) {
        Map<String, String> names = new java.util.HashMap<>();
        liveTables.forEach(live -> names.put(live, shadowName(live)));
        return new TableNames(names);
    }

    static String shadowName(String live) {
        return requireIdentifier(live) + SHADOW_SUFFIX;
    }

    /** The physical name to write for {@code liveTable}. */
    public String of(String liveTable) {
        return physicalByLive.getOrDefault(requireIdentifier(liveTable), liveTable);
    }

    static String requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
