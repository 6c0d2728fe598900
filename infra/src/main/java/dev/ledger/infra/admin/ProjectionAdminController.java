package dev.ledger.infra.admin;

import dev.ledger.query.projection.ProjectionRebuilder;
import dev.ledger.query.projection.RebuildAlreadyRunning;
import dev.ledger.query.projection.RebuildProgress;
import dev.ledger.query.projection.UnknownProjection;
import dev.ledger.infra.security.RequiresRole;
import dev.ledger.infra.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Projection rebuilds: start one, then poll its progress (events done / total, rate, time left). */
@RestController
@RequiresRole(Role.PLATFORM_ADMIN)
@RequestMapping("/api/v1/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilder rebuilder;

    ProjectionAdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Operation(summary = "List the projections that can be rebuilt")
    @GetMapping
    List<String> projections() {
        return rebuilder.projectionNames();
    }

    @Operation(summary = "Rebuild a projection from the first event into shadow tables, then swap them in")
    @PostMapping("/{projection}/rebuild")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String projection) {
        return ResponseEntity.accepted().body(rebuilder.start(projection));
    }

    @Operation(summary = "Progress of the latest rebuild of a projection")
    @GetMapping("/{projection}/rebuild")
    ResponseEntity<RebuildProgress> progress(@PathVariable String projection) {
        return ResponseEntity.of(rebuilder.progress(projection));
    }

    @ExceptionHandler(UnknownProjection.class)
    ProblemDetail unknown(UnknownProjection exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Unknown projection");
        return problem;
    }

    @ExceptionHandler(RebuildAlreadyRunning.class)
    ProblemDetail running(RebuildAlreadyRunning exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Rebuild already running");
        return problem;
    }
}
