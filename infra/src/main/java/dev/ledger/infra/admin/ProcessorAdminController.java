package dev.ledger.infra.admin;

import dev.ledger.infra.axon.ProcessorPositions;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where every event processor is: per segment position and owner, and the lag behind the event store's head. */
@RestController
@RequestMapping("/api/v1/admin/processors")
class ProcessorAdminController {

    private final ProcessorPositions positions;

    ProcessorAdminController(ProcessorPositions positions) {
        this.positions = positions;
    }

    @Operation(summary = "Positions and lag of every event processor (kafka-forwarder's lag is the forwarding lag)")
    @RequiresRole({Role.PLATFORM_ADMIN, Role.SERVICE})
    @GetMapping
    List<ProcessorPositions.Processor> all() {
        return positions.all();
    }

    @Operation(summary = "Position and lag of one event processor")
    @RequiresRole({Role.PLATFORM_ADMIN, Role.SERVICE})
    @GetMapping("/{processor}")
    ProcessorPositions.Processor one(@PathVariable String processor) {
        if (!positions.streamingProcessors().contains(processor)) {
            throw new UnknownProcessor(processor);
        }
        return positions.of(processor);
    }

    static final class UnknownProcessor extends RuntimeException {
        UnknownProcessor(String name) {
            super("no event processor named " + name);
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(UnknownProcessor.class)
    org.springframework.http.ProblemDetail unknown(UnknownProcessor exception) {
        var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Unknown processor");
        return problem;
    }
}
