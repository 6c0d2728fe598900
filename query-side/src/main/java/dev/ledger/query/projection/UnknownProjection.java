package dev.ledger.query.projection;

public final class UnknownProjection extends RuntimeException {

    public UnknownProjection(String name) {
        super("no rebuildable projection named " + name);
    }
}
