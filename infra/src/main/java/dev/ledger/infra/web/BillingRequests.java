package dev.ledger.infra.web;

import java.net.URI;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;

/** The shape every billing POST shares: validate all fields, then send once under the request's idempotency key. */
final class BillingRequests {

    private final IdempotentRequests idempotency;

    BillingRequests(IdempotentRequests idempotency) {
        this.idempotency = idempotency;
    }

    /** A command on an existing resource: 200 with what was accepted. */
    ResponseEntity<?> send(java.util.UUID tenant, String idempotencyKey, String path, String action, Object request,
            String id, Supplier<Object> command) {
        return idempotency.send(tenant, idempotencyKey, idempotency.fingerprint("POST", path + " " + action, request),
                command.get(), result -> ResponseEntity.ok(new CommandAccepted(id, action)));
    }

    /** A command that creates a resource: 201 with its Location. */
    ResponseEntity<?> create(java.util.UUID tenant, String idempotencyKey, String path, Object request, String location,
            Object body, Supplier<Object> command) {
        return idempotency.send(tenant, idempotencyKey, idempotency.fingerprint("POST", path, request), command.get(),
                result -> ResponseEntity.created(URI.create(location)).body(body));
    }
}
