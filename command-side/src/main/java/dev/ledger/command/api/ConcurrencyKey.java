package dev.ledger.command.api;

/**
 * A command whose handler also locks an aggregate other than its target says so: commands with the same key are
 * never handled at the same time, so two handlers cannot each hold one of the locks the other needs.
 */
public interface ConcurrencyKey {

    String concurrencyKey();
}
