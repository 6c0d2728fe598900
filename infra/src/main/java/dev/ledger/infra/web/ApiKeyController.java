package dev.ledger.infra.web;

import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organization's API keys: create (the secret is in that answer only), list (never a secret), revoke. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/api-keys")
@RequiresRole(Role.ADMIN)
class ApiKeyController {

    private final ApiKeys apiKeys;
    private final IdempotentRequests idempotency;

    ApiKeyController(ApiKeys apiKeys, IdempotentRequests idempotency) {
        this.apiKeys = apiKeys;
        this.idempotency = idempotency;
    }

    /** Roles by name: admin, operator, finance, auditor, service. */
    record CreateApiKeyRequest(@Size(max = Limits.TEXT) String name,
            @Size(max = Limits.LIST) List<@Size(max = Limits.SHORT) String> roles) {
    }

    /** {@code key} is the secret to send as {@code Authorization: Bearer <key>}; null in an idempotent replay. */
    record CreatedApiKey(ApiKeys.ApiKeyView apiKey, String key) {
    }

    @Operation(summary = "Create an API key with the roles given; its secret is in this answer only")
    @PostMapping
    ResponseEntity<?> create(@PathVariable String organizationId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateApiKeyRequest request) {
        OrganizationId tenant = RequestValues.tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        String name = fields.field("name", () -> ApiKeys.keyName(request.name()));
        Set<Role> roles = fields.field("roles", () -> ApiKeys.tenantRoles("roles", request.roles()));
        fields.throwIfAny();
        // The stored idempotent answer holds the key's description only, never its secret.
        AtomicReference<String> secret = new AtomicReference<>();
        ResponseEntity<?> response = idempotency.execute(tenant.value(), idempotencyKey,
                idempotency.fingerprint("POST", "api-keys", request), () -> {
                    ApiKeys.IssuedKey issued = apiKeys.issue(tenant, name, roles);
                    secret.set(issued.secret());
                    return ResponseEntity.created(URI.create("/api/v1/organizations/" + tenant + "/api-keys/"
                            + issued.key().keyId())).body(new CreatedApiKey(issued.key(), null));
                });
        if (secret.get() != null && response.getBody() instanceof CreatedApiKey created) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .body(new CreatedApiKey(created.apiKey(), secret.get()));
        }
        return response;
    }

    @Operation(summary = "List the organization's API keys with roles, creation, revocation and last use; never a secret")
    @GetMapping
    List<ApiKeys.ApiKeyView> list(@PathVariable String organizationId) {
        return apiKeys.list(RequestValues.tenant(organizationId));
    }

    @Operation(summary = "Revoke an API key; every instance refuses it within the key cache time (5 s by default)")
    @DeleteMapping("/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String organizationId, @PathVariable String keyId) {
        if (!apiKeys.revoke(RequestValues.tenant(organizationId), keyId)) {
            throw new NotFound("API key " + keyId);
        }
        return ResponseEntity.noContent().build();
    }
}
