package dev.ledger.infra.web;

final class NotFound extends RuntimeException {

    NotFound(String what) {
        super(what + " not found");
    }
}
