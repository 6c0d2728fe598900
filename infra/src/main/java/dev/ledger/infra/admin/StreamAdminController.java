package dev.ledger.infra.admin;

import dev.ledger.infra.axon.ProcessorPositions;
import dev.ledger.infra.streams.RepublishProgress;
import dev.ledger.infra.streams.StreamRepublisher;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Kafka side: forwarding lag, and re-publishing history with progress. */
@RestController
@RequiresRole(Role.PLATFORM_ADMIN)
@RequestMapping("/api/v1/admin/streams")
class StreamAdminController {

    private final StreamRepublisher republisher;
    private final ProcessorPositions positions;

    StreamAdminController(StreamRepublisher republisher, ProcessorPositions positions) {
        this.republisher = republisher;
        this.positions = positions;
    }

    /** From a global position (inclusive), optionally one organization's events only, optionally to one topic. */
    record RepublishRequest(@PositiveOrZero Long fromPosition, @Size(max = 64) String organizationId,
            @Size(max = 249) String topic) {
    }

    @Operation(summary = "Forwarding lag: global positions the Kafka forwarder is behind the event store's head")
    @RequiresRole({Role.PLATFORM_ADMIN, Role.SERVICE})
    @GetMapping("/lag")
    ProcessorPositions.Processor lag() {
        return positions.of("kafka-forwarder");
    }

    @Operation(summary = "Re-send history from a global position to the topics (or one named topic); 202 with a job")
    @PostMapping("/republish")
    ResponseEntity<RepublishProgress> republish(@Valid @RequestBody RepublishRequest request) {
        long from = InvalidValue.required("fromPosition", request.fromPosition());
        OrganizationId organization = request.organizationId() == null ? null : OrganizationId.parse(request.organizationId());
        RepublishProgress progress = republisher.start(from, organization, request.topic());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/streams/republish/" + progress.republishId()))
                .body(progress);
    }

    @Operation(summary = "Progress of a re-publish job")
    @GetMapping("/republish/{republishId}")
    ResponseEntity<RepublishProgress> progress(@PathVariable String republishId) {
        UUID id;
        try {
            id = UUID.fromString(republishId);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("republishId", "is not a UUID");
        }
        return ResponseEntity.of(republisher.progress(id));
    }
}
