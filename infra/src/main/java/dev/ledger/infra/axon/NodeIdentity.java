package dev.ledger.infra.axon;

import dev.ledger.kernel.TimeOrderedUuid;
import java.lang.management.ManagementFactory;

/** This instance's name in segment claims and in the node registry; unique even for two instances in one JVM. */
record NodeIdentity(String value) {

    static NodeIdentity from(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeIdentity(configured);
        }
        return new NodeIdentity(ManagementFactory.getRuntimeMXBean().getName() + "/" + TimeOrderedUuid.next());
    }
}
