package dev.ledger.query.projection;

import java.time.Duration;
import java.time.Instant;

/** How far a rebuild is: a snapshot stored in {@code projection_rebuild} so any instance can report it. */
public record RebuildProgress(
        String projection,
        State state,
        long eventsDone,
        long eventsTotal,
        double eventsPerSecond,
        Duration estimatedRemaining,
        Instant startedAt,
        Instant updatedAt,
        String node,
        String failure) {

    /** RUNNING replays; INDEXING builds the shadows' lookup indexes once caught up, then replays what came since. */
    public enum State { RUNNING, INDEXING, SWAPPING, COMPLETED, FAILED }

    static RebuildProgress started(String projection, long total, String node, Instant now) {
        return new RebuildProgress(projection, State.RUNNING, 0, total, 0, null, now, now, node, null);
    }

    RebuildProgress advancedTo(long done, long total, Instant now) {
        double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
        double rate = done / seconds;
        long remaining = Math.max(0, total - done);
        Duration eta = rate > 0 ? Duration.ofMillis((long) (remaining / rate * 1000)) : null;
        return new RebuildProgress(projection, state, done, Math.max(total, done), rate, eta, startedAt, now, node, null);
    }

    RebuildProgress in(State next, Instant now) {
        return new RebuildProgress(projection, next, eventsDone, eventsTotal, eventsPerSecond,
                next == State.COMPLETED ? Duration.ZERO : estimatedRemaining, startedAt, now, node, failure);
    }

    RebuildProgress failed(String reason, Instant now) {
        return new RebuildProgress(projection, State.FAILED, eventsDone, eventsTotal, eventsPerSecond, null,
                startedAt, now, node, reason);
    }

    public boolean finished() {
        return state == State.COMPLETED || state == State.FAILED;
    }
}
