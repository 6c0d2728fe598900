package dev.ledger.infra.axon;

/**
 * Every read model runs in one event processor. Each event is then read, decoded and offered to all of them once,
 * with one transaction and one token update per batch, where a processor per read model did all of that once per read
 * model (the largest cost of catching up, and a steady share of the CPU under load). The price: a read model whose
 * handler keeps failing holds the others at the same event, which also keeps the read models consistent with
 * one another. Each read model keeps its processing group, the name its rebuild and its tests use.
 */
final class ReadModelProcessor {

    static final String NAME = "read-models";

    /** The query side names each read model's processing group {@code <name>-read-model}. */
    static final String GROUP_SUFFIX = "-read-model";

    private ReadModelProcessor() {
    }

    /** The processor a processing group runs in: the shared one for read models, one of its own otherwise. */
    static String processorFor(String processingGroup) {
        return processingGroup.endsWith(GROUP_SUFFIX) ? NAME : processingGroup;
    }
}
