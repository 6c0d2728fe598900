package dev.ledger.infra.web;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.query.organization.api.FindOrganization;
import dev.ledger.query.organization.api.OrganizationView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotentRequests idempotency;
    private final ApiKeys apiKeys;
    private final TransactionTemplate transaction;

    OrganizationController(CommandGateway commands, QueryGateway queries, IdempotentRequests idempotency,
            ApiKeys apiKeys, PlatformTransactionManager transactions) {
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
        this.apiKeys = apiKeys;
        this.transaction = new TransactionTemplate(transactions);
    }

    record RegisterOrganizationRequest(@Size(max = Limits.TEXT) String name, @Size(max = Limits.SHORT) String defaultCurrency) {
    }

    record RenameOrganizationRequest(@Size(max = Limits.TEXT) String name) {
    }

    record OrganizationNameAccepted(String organizationId, String name) {
    }

    /** The organization's first key: {@code key} is its secret, shown in this answer only (null in a replay). */
    record FirstApiKey(String keyId, java.util.List<String> roles, String key) {
    }

    /** What a command acknowledged; the read model follows within moments (poll the GET for it). */
    record OrganizationAccepted(String organizationId, String name, String defaultCurrency, FirstApiKey apiKey) {
    }

    @Operation(summary = "Register an organization (a tenant of the ledger); the answer holds its first admin API key, once")
    @RequiresRole(Role.PLATFORM_ADMIN)
    @PostMapping
    ResponseEntity<?> register(@RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody RegisterOrganizationRequest request) {
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        OrganizationName name = fields.field("name", () -> new OrganizationName(request.name()));
        CurrencyCode currency = fields.field("defaultCurrency", () -> new CurrencyCode(request.defaultCurrency()));
        fields.throwIfAny();

        IdempotentRequests.Fingerprint fingerprint = idempotency.fingerprint("POST", "/api/v1/organizations", request);
        // The secret never enters the stored idempotent response: it leaves in this answer and nowhere else.
        AtomicReference<String> secret = new AtomicReference<>();
        ResponseEntity<?> response = idempotency.execute(IdempotentRequests.PLATFORM_SCOPE, idempotencyKey, fingerprint,
                () -> transaction.execute(status -> {
                    OrganizationId id = OrganizationId.newId();
                    commands.sendAndWait(new RegisterOrganization(id, name, currency));
                    ApiKeys.IssuedKey key = apiKeys.issue(id, "first admin key", EnumSet.of(Role.ADMIN));
                    secret.set(key.secret());
                    return ResponseEntity.created(URI.create("/api/v1/organizations/" + id))
                            .body(new OrganizationAccepted(id.toString(), name.value(), currency.code(),
                                    new FirstApiKey(key.key().keyId(), key.key().roles(), null)));
                }));
        if (secret.get() != null && response.getBody() instanceof OrganizationAccepted accepted) {
            FirstApiKey key = accepted.apiKey();
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .body(new OrganizationAccepted(accepted.organizationId(), accepted.name(), accepted.defaultCurrency(),
                            new FirstApiKey(key.keyId(), key.roles(), secret.get())));
        }
        return response;
    }

    @Operation(summary = "Rename an organization")
    @RequiresRole(Role.ADMIN)
    @PostMapping("/{organizationId}/rename")
    ResponseEntity<OrganizationNameAccepted> rename(@PathVariable String organizationId,
            @Valid @RequestBody RenameOrganizationRequest request) {
        OrganizationId id = RequestValues.tenant(organizationId);
        OrganizationName name = InvalidRequest.field("name", () -> new OrganizationName(request.name()));
        commands.sendAndWait(new RenameOrganization(id, name));
        return ResponseEntity.ok(new OrganizationNameAccepted(id.toString(), name.value()));
    }

    @Operation(summary = "Read an organization from the read model")
    @RequiresRole({Role.ADMIN, Role.OPERATOR, Role.FINANCE, Role.AUDITOR, Role.SERVICE})
    @GetMapping("/{organizationId}")
    OrganizationView find(@PathVariable String organizationId) {
        OrganizationId id = RequestValues.tenant(organizationId);
        Optional<OrganizationView> view = Answers.of(queries.query(new FindOrganization(id),
                ResponseTypes.optionalInstanceOf(OrganizationView.class)));
        return view.orElseThrow(() -> new NotFound("organization " + id));
    }
}
