package dev.ledger.infra.web;

/**
 * Outer bounds of request strings, checked by bean validation before anything else reads them. The kernel's value
 * objects keep the precise rules (a name's 200 characters, ISO codes); these only stop oversized input early.
 */
final class Limits {

    /** Identifiers, codes, references. */
    static final int SHORT = 256;
    /** Human-written text: names, reasons, descriptions. */
    static final int TEXT = 2000;
    /** Address lines and similar lists. */
    static final int LIST = 16;

    private Limits() {
    }
}
