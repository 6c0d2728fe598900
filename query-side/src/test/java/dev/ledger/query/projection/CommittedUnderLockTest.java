package dev.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** Under the lock, a rebuild waits for the stream only while it is short of the store's head or has a gap behind. */
class CommittedUnderLockTest {

    private static final Duration WAIT = Duration.ofMillis(200);

    private final Stream stream = new Stream();

    @Test
    void atTheHeadWithNoGapNothingIsWaitedFor() throws InterruptedException {
        CommittedUnderLock rest = new CommittedUnderLock(List.of(event(9), event(10)), stream, token(10), token(10));

        assertThat(rest.next(WAIT).trackingToken().position()).hasValue(9L);
        assertThat(rest.next(WAIT).trackingToken().position()).hasValue(10L);
        assertThat(rest.next(WAIT)).isNull();
        assertThat(stream.waitsAsked).containsExactly(0L);
    }

    @Test
    void belowTheHeadTheStreamIsWaitedForUntilItGetsThere() throws InterruptedException {
        stream.comes(event(11), event(12));
        CommittedUnderLock rest = new CommittedUnderLock(List.of(), stream, token(10), token(12));

        assertThat(rest.next(WAIT).trackingToken().position()).hasValue(11L);
        assertThat(rest.next(WAIT).trackingToken().position()).hasValue(12L);
        assertThat(rest.next(WAIT)).isNull();
        long headWait = CommittedUnderLock.HEAD_WAIT.toMillis();
        assertThat(stream.waitsAsked).containsExactly(headWait, headWait, 0L);
    }

    @Test
    void aStreamThatNeverReachesTheHeadFailsTheRebuildInsteadOfSwapping() {
        CommittedUnderLock rest = new CommittedUnderLock(List.of(), stream, token(10), token(12));

        assertThatThrownBy(() -> rest.next(WAIT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read up to position 10").hasMessageContaining("head is at 12");
    }

    @Test
    void aGapBehindTheStreamGetsTheCallersWait() throws InterruptedException {
        TrackingToken withGap = GapAwareTrackingToken.newInstance(10, Set.of(7L));
        CommittedUnderLock rest = new CommittedUnderLock(List.of(), stream, withGap, token(10));

        assertThat(rest.next(WAIT)).isNull();
        assertThat(stream.waitsAsked).containsExactly(WAIT.toMillis());
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }

    private static TrackedEventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(token(position), GenericEventMessage.asEventMessage("event " + position));
    }

    /** Hands out the events it was given at once; records how long each look was allowed to wait. */
    private static final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> events = new ArrayDeque<>();
        private final List<Long> waitsAsked = new ArrayList<>();

        void comes(TrackedEventMessage<?>... coming) {
            events.addAll(List.of(coming));
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(events.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            waitsAsked.add(unit.toMillis(timeout));
            return !events.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return events.remove();
        }

        @Override
        public void close() {
        }
    }
}
