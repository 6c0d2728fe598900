package dev.ledger.infra.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledger.infra.axon.CommandBatches;
import dev.ledger.kernel.InvalidValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a state-changing request at most once per Idempotency-Key. The key row is inserted first and the command runs
 * in the same transaction, so a concurrent retry with the same key waits on PostgreSQL's unique index until the
 * first one commits (then replays its response) or rolls back (then runs itself). A request that sends one command
 * ({@link #send}) does all of that inside the command's group-commit batch, sharing its commit and aggregate cache.
 */
@Component
class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Scope of requests made before any tenant exists, such as registering an organization. */
    static final UUID PLATFORM_SCOPE = new UUID(0, 0);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final CommandBatches batches;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Duration retention;

    IdempotentRequests(JdbcClient jdbc, CommandGateway commands, CommandBatches batches,
            PlatformTransactionManager transactions, ObjectMapper json,
            @Value("${ledger.idempotency.retention:PT24H}") Duration retention) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.retention = retention;
    }

    /**
     * Sends {@code command} at most once per key and answers with {@code respond} applied to its result.
     *
     * @param scope       the organization the key belongs to
     * @param key         the client's Idempotency-Key header, or null for a request without one
     * @param fingerprint what identifies the request: method, path and body
     */
    ResponseEntity<?> send(UUID scope, String key, Fingerprint fingerprint, Object command,
            Function<Object, ResponseEntity<?>> respond) {
        if (key == null) {
            return respond.apply(commands.sendAndWait(command));
        }
        String requestHash = requestHash(key, fingerprint);
        // The batch runs on a worker thread: the caller's credential goes with it, so the command carries its tenant.
        SecurityContext caller = SecurityContextHolder.getContext();
        return batches.inBatchOf(command, () -> as(caller,
                () -> once(scope, key, requestHash, () -> respond.apply(commands.sendAndWait(command)))));
    }

    /**
     * Runs {@code action} (any state change, in this thread's transaction) at most once per key.
     *
     * @param scope       the organization the key belongs to
     * @param key         the client's Idempotency-Key header, or null for a request without one
     * @param fingerprint what identifies the request: method, path and body
     */
    ResponseEntity<?> execute(UUID scope, String key, Fingerprint fingerprint, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        String requestHash = requestHash(key, fingerprint);
        return transaction.execute(status -> once(scope, key, requestHash, action));
    }

    private String requestHash(String key, Fingerprint fingerprint) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValue(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return sha256(fingerprint.method() + " " + fingerprint.path() + " " + asJson(fingerprint.body()));
    }

    /** Inside a transaction: claims the key and runs the action, or replays what the key's first request answered. */
    private ResponseEntity<?> once(UUID scope, String key, String requestHash, Supplier<ResponseEntity<?>> action) {
        jdbc.sql("DELETE FROM idempotency_key WHERE organization_id = ? AND idempotency_key = ? AND expires_at < now()")
                .params(scope, key).update();
        boolean first = jdbc.sql("""
                        INSERT INTO idempotency_key (organization_id, idempotency_key, request_fingerprint,
                            response_status, expires_at)
                        VALUES (?, ?, ?, 0, ?)
                        ON CONFLICT DO NOTHING
                        """)
                .params(scope, key, requestHash, OffsetDateTime.now(ZoneOffset.UTC).plus(retention))
                .update() == 1;
        if (!first) {
            return replay(scope, key, requestHash);
        }
        ResponseEntity<?> response = action.get();
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = ?, response_body = ?, response_location = ?
                         WHERE organization_id = ? AND idempotency_key = ?
                        """)
                .params(response.getStatusCode().value(), body(response),
                        Optional.ofNullable(response.getHeaders().getLocation()).map(URI::toString).orElse(null),
                        scope, key)
                .update();
        return response;
    }

    private static <T> T as(SecurityContext caller, Supplier<T> work) {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(caller);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }

    /** What makes two requests "the same": method, path and body; written as JSON only for a request with a key. */
    Fingerprint fingerprint(String method, String path, Object body) {
        return new Fingerprint(method, path, body);
    }

    private String asJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request cannot be written as JSON", e);
        }
    }

    private ResponseEntity<?> replay(UUID scope, String key, String requestHash) {
        StoredResponse stored = jdbc.sql("""
                        SELECT request_fingerprint, response_status, response_body, response_location
                          FROM idempotency_key WHERE organization_id = ? AND idempotency_key = ?
                        """)
                .params(scope, key)
                .query((row, n) -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)))
                .single();
        if (!stored.fingerprint().equals(requestHash)) {
            throw new IdempotencyKeyReused();
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.status()))
                .header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        return stored.body() == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }

    private String body(ResponseEntity<?> response) {
        if (response.getBody() == null) {
            return null;
        }
        try {
            return json.writeValueAsString(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored as JSON", e);
        }
    }

    /** Expired keys go in small batches; any instance may run this, deleting twice is harmless. */
    @Scheduled(fixedDelayString = "${ledger.idempotency.cleanup-interval:PT10M}")
    void deleteExpired() {
        jdbc.sql("""
                DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(
                    SELECT ctid FROM idempotency_key WHERE expires_at < now() LIMIT 10000))
                """).update();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    record Fingerprint(String method, String path, Object body) {
    }

    private record StoredResponse(String fingerprint, int status, String body, String location) {
    }

    static final class IdempotencyKeyReused extends RuntimeException {
        IdempotencyKeyReused() {
            super("this Idempotency-Key was already used with a different request");
        }
    }
}
