package dev.ledger.infra.streams;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.query.projection.EventOrganizations;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-sends stored history to Kafka from a global position up to the head as it was when the job started, for all
 * tenants or one, to the aggregates' topics or to one named topic. Records are identical to live forwarding (same
 * ids, so consumers de-duplicate) and each lands in {@code kafka_record_trace} under the job's id.
 */
public final class StreamRepublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StreamRepublisher.class);
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final int BATCH = 500;
    private static final Duration LOG_EVERY = Duration.ofSeconds(2);

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final EventPublisher publisher;
    private final EventOrganizations organizations;
    private final JdbcClient jdbc;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final ExecutorService runner = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "stream-republish");
        thread.setDaemon(true);
        return thread;
    });

    StreamRepublisher(StreamableMessageSource<TrackedEventMessage<?>> events, EventPublisher publisher,
            EventOrganizations organizations, JdbcClient jdbc) {
        this.events = events;
        this.publisher = publisher;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    public RepublishProgress start(long fromPosition, OrganizationId organization, String topic) {
        if (fromPosition < 0) {
            throw new InvalidValue("fromPosition", "must not be negative");
        }
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            throw new InvalidValue("topic", "must be a Kafka topic name: 1 to 249 of letters, digits, '.', '_', '-'");
        }
        TrackingToken head = events.createHeadToken();
        long toPosition = head == null ? -1 : head.position().orElse(-1);
        Instant now = Instant.now();
        RepublishProgress progress = new RepublishProgress(UUID.randomUUID(), RepublishProgress.State.RUNNING,
                fromPosition, toPosition, organization == null ? null : organization.value(), topic, 0, 0, now, now, null);
        save(progress);
        runner.submit(() -> run(progress));
        return progress;
    }

    public Optional<RepublishProgress> progress(UUID republishId) {
        return jdbc.sql("SELECT * FROM stream_republish WHERE republish_id = ?").param(republishId)
                .query((row, n) -> new RepublishProgress(row.getObject("republish_id", UUID.class),
                        RepublishProgress.State.valueOf(row.getString("state")), row.getLong("from_position"),
                        row.getLong("to_position"), row.getObject("organization_id", UUID.class), row.getString("topic"),
                        row.getLong("events_scanned"), row.getLong("events_sent"),
                        row.getTimestamp("started_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                        row.getString("failure")))
                .optional();
    }

    private void run(RepublishProgress started) {
        RepublishProgress progress = started;
        log.info("re-publish {} started: positions {} to {}{}{}", started.republishId(), started.fromPosition(),
                started.toPosition(), started.organizationId() == null ? "" : " of organization " + started.organizationId(),
                started.topic() == null ? "" : " to topic " + started.topic());
        TrackingToken from = started.fromPosition() <= 1 ? null
                : GapAwareTrackingToken.newInstance(started.fromPosition() - 1, List.of());
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(from)) {
            long scanned = 0;
            long sent = 0;
            Instant lastLog = Instant.now();
            boolean done = started.toPosition() < started.fromPosition();
            // One batch in flight while the next is read and sent: the broker's acknowledgements overlap the reading.
            List<EventPublisher.Pending> inFlight = List.of();
            while (!done) {
                List<EventPublisher.Pending> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    long position = event.trackingToken().position().orElse(Long.MAX_VALUE);
                    if (position > started.toPosition()) {
                        done = true;
                        break;
                    }
                    scanned++;
                    if (started.organizationId() == null
                            || started.organizationId().toString().equals(organizations.of(event))) {
                        batch.add(publisher.send(new EventPublisher.Outgoing(event, position, started.topic())));
                    }
                    if (position == started.toPosition()) {
                        done = true;
                        break;
                    }
                }
                if (batch.isEmpty() && !done && !stream.hasNextAvailable()) {
                    done = true; // the rest up to the head was never committed (rolled back): nothing left to send
                }
                publisher.awaitAndTrace(inFlight, started.republishId());
                sent += inFlight.size();
                inFlight = batch;
                if (done) {
                    publisher.awaitAndTrace(inFlight, started.republishId());
                    sent += inFlight.size();
                }
                progress = progress.advanced(scanned, sent, Instant.now());
                if (Duration.between(lastLog, Instant.now()).compareTo(LOG_EVERY) >= 0) {
                    save(progress);
                    log.info("re-publish {}: {} of about {} events scanned, {} sent", started.republishId(), scanned,
                            started.toPosition() - started.fromPosition() + 1, sent);
                    lastLog = Instant.now();
                }
            }
            progress = progress.finished(RepublishProgress.State.COMPLETED, null, Instant.now());
            log.info("re-publish {} completed: {} events scanned, {} sent", started.republishId(), scanned, sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress = progress.finished(RepublishProgress.State.FAILED, "interrupted", Instant.now());
        } catch (RuntimeException e) {
            log.error("re-publish {} failed", started.republishId(), e);
            progress = progress.finished(RepublishProgress.State.FAILED, String.valueOf(e.getMessage()), Instant.now());
        }
        save(progress);
    }

    private void save(RepublishProgress progress) {
        jdbc.sql("""
                        INSERT INTO stream_republish (republish_id, state, from_position, to_position, organization_id,
                            topic, events_scanned, events_sent, started_at, updated_at, node, failure)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (republish_id) DO UPDATE SET state = EXCLUDED.state,
                            events_scanned = EXCLUDED.events_scanned, events_sent = EXCLUDED.events_sent,
                            updated_at = EXCLUDED.updated_at, failure = EXCLUDED.failure
                        """)
                .params(progress.republishId(), progress.state().name(), progress.fromPosition(), progress.toPosition(),
                        progress.organizationId(), progress.topic(), progress.eventsScanned(), progress.eventsSent(),
                        OffsetDateTime.ofInstant(progress.startedAt(), ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(progress.updatedAt(), ZoneOffset.UTC), node, progress.failure())
                .update();
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
