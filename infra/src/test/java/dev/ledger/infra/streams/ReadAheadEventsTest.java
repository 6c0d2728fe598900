package dev.ledger.infra.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A stream that reads ahead hands out what its source gives, in order, then the source's failure; closing stops it. */
class ReadAheadEventsTest {

    @Test
    void everyEventComesInItsOrderThoughTheSourceHoldsMoreThanTheBuffer() throws InterruptedException {
        Source source = new Source(2_500, null);

        List<Long> positions = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 100, "test-reader")) {
            while (positions.size() < 2_500 && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                long peeked = stream.peek().orElseThrow().trackingToken().position().orElseThrow();
                TrackedEventMessage<?> next = stream.nextAvailable();
                assertThat(next.trackingToken().position()).hasValue(peeked);
                positions.add(peeked);
            }
        }

        assertThat(positions).hasSize(2_500);
        assertThat(positions.get(0)).isEqualTo(1L);
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(2_499)).isEqualTo(2_500L);
    }

    @Test
    void theSourcesFailureComesAfterTheEventsReadBeforeIt() throws InterruptedException {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        Source source = new Source(3, databaseDown);

        try (BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 100, "test-reader")) {
            for (long position = 1; position <= 3; position++) {
                assertThat(stream.nextAvailable().trackingToken().position()).hasValue(position);
            }
            assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS)).isSameAs(databaseDown);
        }
    }

    @Test
    void nothingAvailableWithinTheWaitIsNoEvent() throws InterruptedException {
        Source source = new Source(0, null);

        try (BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 100, "test-reader")) {
            assertThat(stream.hasNextAvailable(20, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.peek()).isEmpty();
        }
    }

    @Test
    void anErrorOfTheReaderReachesTheConsumerInsteadOfAnEndlessWait() throws InterruptedException {
        Source source = new Source(1, new StackOverflowError("deep"));

        try (BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 100, "test-reader")) {
            stream.nextAvailable();
            assertThatThrownBy(() -> stream.hasNextAvailable(5, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(StackOverflowError.class);
        }
    }

    @Test
    void closingStopsTheReaderWhichClosesTheSource() throws InterruptedException {
        Source source = new Source(10_000, null);
        BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 10, "closed-reader");
        stream.nextAvailable();

        stream.close();

        assertThat(source.closed).isTrue();
        assertThat(threadNamed("closed-reader")).isFalse();
        assertThat(source.read.get()).isLessThan(10_000);
    }

    @Test
    void closingWhileInterruptedByAShutdownStillStopsTheReaderAndKeepsTheInterrupt() throws InterruptedException {
        Source source = new Source(10_000, null);
        BlockingStream<TrackedEventMessage<?>> stream = new ReadAheadEvents.ReadAheadStream(source, 10, "interrupted-reader");
        stream.nextAvailable();

        Thread.currentThread().interrupt();
        stream.close();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(source.closed).isTrue();
        assertThat(threadNamed("interrupted-reader")).isFalse();
    }

    private static boolean threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals(name));
    }

    /** Events at positions 1 to {@code events}, then the failure if one is given, else nothing more. */
    private static final class Source implements BlockingStream<TrackedEventMessage<?>> {

        private final int events;
        private final Throwable failure;
        private final AtomicInteger read = new AtomicInteger();
        private volatile boolean closed;

        Source(int events, Throwable failure) {
            this.events = events;
            this.failure = failure;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            throw new UnsupportedOperationException("the reader only asks for the next event");
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (read.get() < events) {
                return true;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            unit.sleep(timeout);
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            long position = read.incrementAndGet();
            return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                    GenericEventMessage.asEventMessage("event " + position));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
