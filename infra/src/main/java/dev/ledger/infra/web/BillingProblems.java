package dev.ledger.infra.web;

import dev.ledger.command.api.BillingRuleViolation;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Billing's broken rules as problem+json with a {@code code}: a state that does not allow the action is 409, any
 * other rule 422; a rule about one field (an unsupported currency) names it under {@code errors}. Consulted before the general handlers, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblems {

    @ExceptionHandler(BillingRuleViolation.Conflict.class)
    ProblemDetail stateConflict(BillingRuleViolation exception) {
        return problem(HttpStatus.CONFLICT, exception);
    }

    @ExceptionHandler(BillingRuleViolation.class)
    ProblemDetail ruleViolated(BillingRuleViolation exception) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, exception);
    }

    private static ProblemDetail problem(HttpStatus status, BillingRuleViolation exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
        problem.setTitle(exception.code().replaceAll("(?<=[a-z])(?=[A-Z])", " "));
        problem.setProperty("code", exception.code());
        if (exception.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", exception.field(), "detail", exception.getMessage())));
        }
        return problem;
    }
}
