package dev.ledger.query.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Where a read row's state came from: the event that last changed it, its place in the global stream and in its
 * aggregate. Event handlers take it as a parameter (resolved by {@link LineageParameterResolverFactory}). It is also
 * what makes handlers idempotent: a row only moves forward in aggregate version.
 */
public record Lineage(long globalPosition, String eventId, long aggregateVersion, Instant occurredAt) {

    /** SET clause that records this lineage on an updated row. */
    public static final String RECORD = "updated_at = :at, aggregate_version = :version, last_global_position = :position, "
            + "last_event_id = :eventId, projector_version = :projector";

    /** WHERE condition that lets only newer events change a row: replays and duplicates change nothing. */
    public static final String IS_NEWER = "aggregate_version < :version";

    public Lineage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Binds {@code :version, :position, :eventId, :at, :projector} for the lineage columns every read table has. */
    public ProjectionWriter.Statement bind(ProjectionWriter.Statement statement, int projectorVersion) {
        return statement
                .param("version", aggregateVersion)
                .param("position", globalPosition)
                .param("eventId", eventId)
                .param("at", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .param("projector", projectorVersion);
    }
}
