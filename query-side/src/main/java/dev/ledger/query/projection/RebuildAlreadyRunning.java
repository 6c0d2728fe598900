package dev.ledger.query.projection;

public final class RebuildAlreadyRunning extends RuntimeException {

    public RebuildAlreadyRunning(String name) {
        super("a rebuild of " + name + " is already running");
    }
}
