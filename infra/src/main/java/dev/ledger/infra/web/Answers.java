package dev.ledger.infra.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for a query's answer and rethrows what the handler threw, so errors map to their own problem responses. */
final class Answers {

    private Answers() {
    }

    static <T> T of(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
