package dev.ledger.infra.security;

/** The credential is valid but none of its roles may call this endpoint. */
public final class RoleMissing extends RuntimeException {

    RoleMissing(String detail) {
        super(detail);
    }
}
