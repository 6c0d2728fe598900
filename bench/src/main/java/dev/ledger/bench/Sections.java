package dev.ledger.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which parts of the harness run: every figure by default; {@code -Dledger.bench.sections=commands,process,baselines,history}
 * runs only those, to work on one figure without waiting for the rest.
 */
record Sections(Set<String> names) {

    static final Set<String> KNOWN = Set.of("commands", "process", "baselines", "history");

    Sections {
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown benchmark section " + name + ": one of " + KNOWN);
            }
        }
        names = Set.copyOf(names);
    }

    static Sections fromSystemProperty() {
        String listed = System.getProperty("ledger.bench.sections", "").strip();
        return new Sections(listed.isEmpty() ? Set.of() : Arrays.stream(listed.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet()));
    }

    /** No section named: the whole run. */
    boolean all() {
        return names.isEmpty();
    }

    boolean has(String name) {
        return all() || names.contains(name);
    }
}
