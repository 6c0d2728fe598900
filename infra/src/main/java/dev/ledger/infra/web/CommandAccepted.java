package dev.ledger.infra.web;

/** The answer to a command: it was recorded; the read model shows its effect moments later. */
record CommandAccepted(String id, String action) {
}
