package dev.ledger.query.projection;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where a read row's state came from: the event that last changed it, its place in the global stream and in its
 * aggregate, and the version of the projector that wrote it. Also what makes handlers idempotent: a row only
 * moves forward in aggregate version.
 */
public record Lineage(long globalPosition, String eventId, long aggregateVersion, Instant occurredAt, int projectorVersion) {

    public Lineage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static Lineage of(TrackingToken token, String eventId, long aggregateVersion, Instant occurredAt,
            int projectorVersion) {
        long position = token.position()
                .orElseThrow(() -> new IllegalStateException("token without a position: " + token));
        return new Lineage(position, eventId, aggregateVersion, occurredAt, projectorVersion);
    }
}
