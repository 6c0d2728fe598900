package dev.ledger.infra.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.ledger.command.customer.api.CustomerRuleViolation;
import dev.ledger.command.customer.api.DuplicateExternalReference;
import dev.ledger.command.customer.api.PaymentMethodAlreadyAdded;
import dev.ledger.command.customer.api.PaymentMethodHasPendingOrders;
import dev.ledger.command.paymentorder.api.IllegalPaymentTransition;
import dev.ledger.command.paymentorder.api.NoPaymentProviderConfigured;
import dev.ledger.command.paymentorder.api.PaymentOrderRuleViolation;
import dev.ledger.infra.security.RequestBodyLimit;
import dev.ledger.infra.security.RoleMissing;
import dev.ledger.infra.security.TenantMismatch;
import dev.ledger.kernel.InvalidValue;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as RFC 9457 problem+json; field errors list each field at fault under {@code errors}. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest exception) {
        return fieldProblem(exception.errors());
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue exception) {
        return fieldProblem(List.of(exception));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** Another organization's resources look exactly like missing ones. */
    @ExceptionHandler(TenantMismatch.class)
    ProblemDetail otherTenant(TenantMismatch exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such resource");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RoleMissing.class)
    ProblemDetail forbidden(RoleMissing exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, exception.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such resource");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingAggregateVersionException.class})
    ProblemDetail conflict(RuntimeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the resource was changed by another request; read it again and retry");
        problem.setTitle("Conflict");
        return problem;
    }

    /** A state the request cannot move from, or a uniqueness it would break: the resource is in the way. */
    @ExceptionHandler({IllegalPaymentTransition.class, DuplicateExternalReference.class,
            PaymentMethodHasPendingOrders.class, PaymentMethodAlreadyAdded.class})
    ProblemDetail stateConflict(RuntimeException exception) {
        return ruleProblem(HttpStatus.CONFLICT, exception);
    }

    /** A business rule refused the request (amount above what is capturable, archived customer, ...). */
    @ExceptionHandler({CustomerRuleViolation.class, PaymentOrderRuleViolation.class})
    ProblemDetail ruleViolated(RuntimeException exception) {
        return ruleProblem(HttpStatus.UNPROCESSABLE_ENTITY, exception);
    }

    private static ProblemDetail ruleProblem(HttpStatus status, RuntimeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
        String code = exception.getClass().getSimpleName();
        problem.setTitle(code.replaceAll("(?<=[a-z])(?=[A-Z])", " "));
        problem.setProperty("code", code);
        return problem;
    }

    @ExceptionHandler(NoPaymentProviderConfigured.class)
    ProblemDetail noProvider(NoPaymentProviderConfigured exception) {
        return ruleProblem(HttpStatus.SERVICE_UNAVAILABLE, exception);
    }

    @ExceptionHandler(IdempotentRequests.IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotentRequests.IdempotencyKeyReused exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage());
        problem.setTitle("Idempotency key reused");
        problem.setProperty("errors", List.of(Map.of("field", IdempotentRequests.HEADER,
                "detail", "was used before with a different request")));
        return problem;
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail storeUnavailable(EventStoreException exception) {
        log.error("event store failure", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the event store is unavailable; nothing was recorded, retry later");
        problem.setTitle("Service unavailable");
        return problem;
    }

    /** Whatever else went wrong is the service's fault: logged here, a problem without internals for the client. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("request failed unexpectedly", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed inside the ledger; whether it took effect is unknown, so retry with the same Idempotency-Key");
        problem.setTitle("Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.PayloadTooLarge tooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
                problem.setTitle("Request body too large");
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this operation");
        problem.setTitle("Malformed request");
        Matcher duplicate = exception.getCause() instanceof JsonParseException parse
                ? DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage())) : null;
        if (duplicate != null && duplicate.find()) {
            problem.setProperty("errors", List.of(Map.of("field", duplicate.group(1), "detail", "is given more than once")));
            problem.setDetail(duplicate.group(1) + " is given more than once");
        } else if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String detail = mapping instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type";
            problem.setProperty("errors", List.of(Map.of("field", field, "detail", detail)));
            problem.setDetail(field + " " + detail);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Bean validation of a request body: each violated field by its name in the request. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidValue> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidValue(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(fieldProblem(errors.isEmpty()
                ? List.of(new InvalidValue("body", "is not valid")) : errors));
    }

    private static ProblemDetail fieldProblem(List<InvalidValue> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(InvalidValue::getMessage).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "detail", error.reason()))
                .toList());
        return problem;
    }
}
