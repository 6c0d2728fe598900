package dev.ledger.infra.streams;

import java.time.Instant;
import java.util.UUID;

/** A re-publish job as stored in {@code stream_republish}: what it sends and how far it got. */
public record RepublishProgress(
        UUID republishId,
        State state,
        long fromPosition,
        long toPosition,
        UUID organizationId,
        String topic,
        long eventsScanned,
        long eventsSent,
        Instant startedAt,
        Instant updatedAt,
        String failure) {

    public enum State { RUNNING, COMPLETED, FAILED }

    RepublishProgress advanced(long scanned, long sent, Instant now) {
        return new RepublishProgress(republishId, state, fromPosition, toPosition, organizationId, topic, scanned, sent,
                startedAt, now, null);
    }

    RepublishProgress finished(State end, String reason, Instant now) {
        return new RepublishProgress(republishId, end, fromPosition, toPosition, organizationId, topic, eventsScanned,
                eventsSent, startedAt, now, reason);
    }
}
