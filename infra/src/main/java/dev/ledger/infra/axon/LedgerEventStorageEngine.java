package dev.ledger.infra.axon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine, reading each streamed event's timestamp once and quickly: Axon parses it again every time the
 * entry is asked (for the gap decision, then for the message). The token logic is Axon's own, unchanged.
 * <p>
 * The embedded store's shared reader reads the head of the store again as soon as a read found events, so under load
 * it read a few events a query, back to back (13 % of the JVM's CPU in one profile): its rounds of reads (the only
 * blocking ones; a round queries until a batch comes back empty) start at least {@code minHeadReadInterval} apart, and
 * events committed meanwhile come in one round.
 * <p>
 * Streams reading the same pages share each for a moment ({@link RecentPages}): the forwarder's two segments replaying
 * a history read every page twice, about 2 of the 13 µs of PostgreSQL CPU the replay took an event.
 */
final class LedgerEventStorageEngine extends JdbcEventStorageEngine {

    /** Axon's defaults, passed to its builder too, which keeps them private. */
    static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;
    static final int GAP_TIMEOUT_MILLIS = 60_000;

    /**
     * Segments a few pages apart still find each other's. A page of a thousand events weighs about a megabyte (more near
     * the head, where each token carries its gaps); pages past their age go at the next read, and processors following
     * the head read it every {@code ledger.processing.fetch-delay} (20 ms).
     */
    private static final int RECENT_PAGES = 8;
    private static final Duration RECENT_PAGE_AGE = Duration.ofSeconds(2);

    private final long minHeadReadIntervalNanos;
    private final AtomicLong lastHeadRead = new AtomicLong(System.nanoTime());
    private final RecentPages recentPages = new RecentPages(RECENT_PAGES, RECENT_PAGE_AGE.toNanos());

    LedgerEventStorageEngine(Builder builder, Duration minHeadReadInterval) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE).gapTimeout(GAP_TIMEOUT_MILLIS));
        this.minHeadReadIntervalNanos = minHeadReadInterval.toNanos();
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        if (mayBlock) {
            paceHeadReads();
        }
        return super.readEventData(token, mayBlock);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return recentPages.fetch(lastToken, batchSize, () -> super.fetchTrackedEvents(lastToken, batchSize));
    }

    private void paceHeadReads() {
        long wait = lastHeadRead.get() + minHeadReadIntervalNanos - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait); // at most the interval; a store closing meanwhile may read once more
        }
        lastHeadRead.set(System.nanoTime());
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        Object storedTimestamp = readTimeStamp(resultSet, schema.timestampColumn());
        Instant timestamp = EventTimestamps.parse(storedTimestamp.toString());
        GenericDomainEventEntry<?> event = new ParsedTimestampEntry<>(
                resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()),
                eventIdentifier,
                storedTimestamp,
                timestamp,
                resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = timestamp.isAfter(GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence)
                            .boxed().collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    /** An entry that answers its timestamp from the value read, not by parsing its text again. */
    private static final class ParsedTimestampEntry<T> extends GenericDomainEventEntry<T> {

        private final Instant timestamp;

        ParsedTimestampEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                Object storedTimestamp, Instant timestamp, String payloadType, String payloadRevision, T payload,
                T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTimestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }
    }
}
