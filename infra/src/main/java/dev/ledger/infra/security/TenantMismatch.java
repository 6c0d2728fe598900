package dev.ledger.infra.security;

/** A request for another organization's resources: answered exactly like a resource that does not exist. */
public final class TenantMismatch extends RuntimeException {

    TenantMismatch() {
        super("not found");
    }
}
