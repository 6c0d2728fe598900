package dev.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes {@code projection_rebuild}; each write is its own short statement outside the rebuild's batches. */
final class RebuildProgressStore {

    private final JdbcClient jdbc;

    RebuildProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(RebuildProgress progress) {
        jdbc.sql("""
                        INSERT INTO projection_rebuild (projection, state, events_done, events_total, events_per_second,
                            remaining_ms, started_at, updated_at, node, failure)
                        VALUES (:projection, :state, :done, :total, :rate, :remaining, :started, :updated, :node, :failure)
                        ON CONFLICT (projection) DO UPDATE SET
                            state = EXCLUDED.state, events_done = EXCLUDED.events_done,
                            events_total = EXCLUDED.events_total, events_per_second = EXCLUDED.events_per_second,
                            remaining_ms = EXCLUDED.remaining_ms, started_at = EXCLUDED.started_at,
                            updated_at = EXCLUDED.updated_at, node = EXCLUDED.node, failure = EXCLUDED.failure
                        """)
                .param("projection", progress.projection())
                .param("state", progress.state().name())
                .param("done", progress.eventsDone())
                .param("total", progress.eventsTotal())
                .param("rate", progress.eventsPerSecond())
                .param("remaining", progress.estimatedRemaining() == null ? null : progress.estimatedRemaining().toMillis())
                .param("started", utc(progress.startedAt()))
                .param("updated", utc(progress.updatedAt()))
                .param("node", progress.node())
                .param("failure", progress.failure())
                .update();
    }

    Optional<RebuildProgress> find(String projection) {
        return jdbc.sql("SELECT * FROM projection_rebuild WHERE projection = :projection")
                .param("projection", projection)
                .query(RebuildProgressStore::toProgress)
                .optional();
    }

    List<RebuildProgress> all() {
        return jdbc.sql("SELECT * FROM projection_rebuild ORDER BY projection").query(RebuildProgressStore::toProgress).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static RebuildProgress toProgress(ResultSet row, int rowNumber) throws SQLException {
        Long remainingMs = row.getObject("remaining_ms", Long.class);
        return new RebuildProgress(
                row.getString("projection"),
                RebuildProgress.State.valueOf(row.getString("state")),
                row.getLong("events_done"),
                row.getLong("events_total"),
                row.getDouble("events_per_second"),
                remainingMs == null ? null : Duration.ofMillis(remainingMs),
                row.getTimestamp("started_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("node"),
                row.getString("failure"));
    }
}
