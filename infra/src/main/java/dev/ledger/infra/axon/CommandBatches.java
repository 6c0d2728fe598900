package dev.ledger.infra.axon;

import java.util.function.Supplier;

/**
 * Runs work that sends a command inside that command's group-commit batch: the work's own writes (an idempotency
 * key and its stored answer) commit in one transaction with the command's events, and the command finds its
 * aggregate in the cache like any other command in the batch.
 */
public interface CommandBatches {

    /**
     * Runs {@code work} in the batch that {@code command}'s aggregate belongs to and returns its answer once that
     * batch has committed; rethrows what the work threw. The work sends {@code command} (and may send others to the
     * same aggregate); it must not swallow a refusal of a command it sent, or the batch cannot undo its share.
     */
    <T> T inBatchOf(Object command, Supplier<T> work);
}
