package dev.ledger.infra.web;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.query.organization.api.FindOrganization;
import dev.ledger.query.organization.api.OrganizationView;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
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

    OrganizationController(CommandGateway commands, QueryGateway queries, IdempotentRequests idempotency) {
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    record RegisterOrganizationRequest(String name, String defaultCurrency) {
    }

    record RenameOrganizationRequest(String name) {
    }

    record OrganizationNameAccepted(String organizationId, String name) {
    }

    /** What a command acknowledged; the read model follows within moments (poll the GET for it). */
    record OrganizationAccepted(String organizationId, String name, String defaultCurrency) {
    }

    @Operation(summary = "Register an organization (a tenant of the ledger)")
    @PostMapping
    ResponseEntity<?> register(@RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody RegisterOrganizationRequest request) {
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        OrganizationName name = fields.field("name", () -> new OrganizationName(request.name()));
        CurrencyCode currency = fields.field("defaultCurrency", () -> new CurrencyCode(request.defaultCurrency()));
        fields.throwIfAny();

        String fingerprint = idempotency.fingerprint("POST", "/api/v1/organizations", request);
        return idempotency.execute(IdempotentRequests.PLATFORM_SCOPE, idempotencyKey, fingerprint, () -> {
            OrganizationId id = OrganizationId.newId();
            commands.sendAndWait(new RegisterOrganization(id, name, currency));
            return ResponseEntity.created(URI.create("/api/v1/organizations/" + id))
                    .body(new OrganizationAccepted(id.toString(), name.value(), currency.code()));
        });
    }

    @Operation(summary = "Rename an organization")
    @PostMapping("/{organizationId}/rename")
    ResponseEntity<OrganizationNameAccepted> rename(@PathVariable String organizationId,
            @RequestBody RenameOrganizationRequest request) {
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        OrganizationId id = fields.field("organizationId", () -> OrganizationId.parse(organizationId));
        OrganizationName name = fields.field("name", () -> new OrganizationName(request.name()));
        fields.throwIfAny();

        commands.sendAndWait(new RenameOrganization(id, name));
        return ResponseEntity.ok(new OrganizationNameAccepted(id.toString(), name.value()));
    }

    @Operation(summary = "Read an organization from the read model")
    @GetMapping("/{organizationId}")
    OrganizationView find(@PathVariable String organizationId) {
        OrganizationId id = OrganizationId.parse(organizationId);
        Optional<OrganizationView> view = Answers.of(queries.query(new FindOrganization(id),
                ResponseTypes.optionalInstanceOf(OrganizationView.class)));
        return view.orElseThrow(() -> new NotFound("organization " + id));
    }
}
