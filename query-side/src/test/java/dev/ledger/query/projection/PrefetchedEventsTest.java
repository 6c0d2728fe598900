package dev.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

/** A rebuild is caught up once the reader found the stream empty, not after a quiet period; nothing is lost by it. */
class PrefetchedEventsTest {

    private static final Duration QUIET_PERIOD = Duration.ofMinutes(10);

    @Test
    void theEventsComeInOrderThenNoneAsSoonAsTheReaderFoundTheStreamEmpty() throws InterruptedException {
        Stream stream = new Stream();
        stream.commit(300);
        PrefetchedEvents ahead = new PrefetchedEvents(stream, 100, "test-reader");

        List<Long> positions = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> drain(ahead));

        assertThat(positions).hasSize(300).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(299)).isEqualTo(300L);
        ahead.stop();
        assertThat(ahead.lastRead().position()).hasValue(300L);
    }

    @Test
    void eventsCommittedAfterCatchingUpComeWithTheNextCallAndStopHandsBackWhatNobodyTook() throws InterruptedException {
        Stream stream = new Stream();
        stream.commit(5);
        PrefetchedEvents ahead = new PrefetchedEvents(stream, 100, "test-reader");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> drain(ahead));

        stream.commit(3);
        TrackedEventMessage<?> sixth = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ahead.next(QUIET_PERIOD));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            while (stream.read() < 8) {
                Thread.onSpinWait(); // until the reader has taken the seventh and eighth
            }
        });
        List<TrackedEventMessage<?>> left = ahead.stop();

        assertThat(sixth.trackingToken().position()).hasValue(6L);
        assertThat(left).map(event -> event.trackingToken().position().orElseThrow()).containsExactly(7L, 8L);
        assertThat(ahead.lastRead().position()).hasValue(8L);
    }

    private static List<Long> drain(PrefetchedEvents ahead) throws InterruptedException {
        List<Long> positions = new ArrayList<>();
        TrackedEventMessage<?> event;
        while ((event = ahead.next(QUIET_PERIOD)) != null) {
            positions.add(event.trackingToken().position().orElseThrow());
        }
        return positions;
    }

    /** Events at positions 1 to what was committed so far; waits like a store's stream when it has none. */
    private static final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final AtomicInteger committed = new AtomicInteger();
        private volatile int read;

        void commit(int events) {
            committed.addAndGet(events);
        }

        int read() {
            return read;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            throw new UnsupportedOperationException("the reader only asks for the next event");
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (read < committed.get()) {
                return true;
            }
            unit.sleep(timeout);
            return read < committed.get();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            int position = read + 1; // one reader thread
            TrackedEventMessage<?> event = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                    GenericEventMessage.asEventMessage("event " + position));
            read = position;
            return event;
        }

        @Override
        public void close() {
        }
    }
}
