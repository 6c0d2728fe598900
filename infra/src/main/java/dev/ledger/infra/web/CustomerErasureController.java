package dev.ledger.infra.web;

import static dev.ledger.infra.web.RequestValues.IF_MATCH;
import static dev.ledger.infra.web.RequestValues.expectedVersion;
import static dev.ledger.infra.web.RequestValues.tenant;

import dev.ledger.command.customer.api.ForgetCustomer;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.customer.CustomerId;
import dev.ledger.kernel.customer.ErasureGround;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GDPR erasure: forgetting a customer destroys its data key; its history and amounts stay, its personal data reads erased. */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}/customers")
class CustomerErasureController {

    private final IdempotentRequests idempotency;

    CustomerErasureController(IdempotentRequests idempotency) {
        this.idempotency = idempotency;
    }

    /** {@code ground} is one of the GDPR article 17(1) grounds; a data subject's request when left out. */
    record ForgetRequest(@jakarta.validation.constraints.Size(max = Limits.SHORT) String ground) {
    }

    @Operation(summary = "Forget a customer (GDPR erasure): personal data erased for good, amounts and history kept")
    // Erasing personal data for good is a data-protection decision, not day-to-day operation.
    @RequiresRole(Role.ADMIN)
    @PostMapping("/{customerId}/forget")
    ResponseEntity<?> forget(@PathVariable String organizationId, @PathVariable String customerId,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) @jakarta.validation.Valid ForgetRequest request) {
        OrganizationId tenant = tenant(organizationId);
        InvalidRequest.Collector fields = new InvalidRequest.Collector();
        CustomerId customer = fields.field("customerId", () -> CustomerId.parse(customerId));
        Long version = fields.field(IF_MATCH, () -> expectedVersion(ifMatch));
        ErasureGround ground = fields.field("ground", () -> ground(request));
        fields.throwIfAny();
        return idempotency.send(tenant.value(), idempotencyKey,
                idempotency.fingerprint("POST", "customers forget " + customerId, request),
                new ForgetCustomer(tenant, customer, ground, version),
                result -> ResponseEntity.ok(new CommandAccepted(customer.toString(), "forget")));
    }

    private static ErasureGround ground(ForgetRequest request) {
        if (request == null || request.ground() == null) {
            return ErasureGround.DATA_SUBJECT_REQUEST;
        }
        return Arrays.stream(ErasureGround.values()).filter(g -> g.name().equals(request.ground())).findFirst()
                .orElseThrow(() -> new InvalidValue("ground", "must be one of " + Arrays.stream(ErasureGround.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
