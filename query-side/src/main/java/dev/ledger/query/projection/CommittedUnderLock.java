package dev.ledger.query.projection;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * What a rebuild applies under the lock on the live tables, before the swap: the events read and not yet applied, then
 * the stream's up to the store's head, read under the lock. Whatever committed before the lock lies at or below that
 * head. Once the stream is there with no gap behind, nothing more is waited for, so readers of the locked tables wait
 * no longer than the drain. Below it, the stream (fed from a cache of the store, a moment later) is waited for, and a
 * rebuild that cannot get there fails rather than swap in tables missing an event. A gap another transaction may still
 * fill gets the caller's wait.
 */
final class CommittedUnderLock implements ProjectionRebuilder.EventSource {

    static final Duration HEAD_WAIT = Duration.ofSeconds(10);

    private final Iterator<TrackedEventMessage<?>> queued;
    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final long headPosition;
    private TrackingToken streamAt;

    CommittedUnderLock(List<TrackedEventMessage<?>> readNotApplied, BlockingStream<TrackedEventMessage<?>> stream,
            TrackingToken lastRead, TrackingToken head) {
        this.queued = readNotApplied.iterator();
        this.stream = stream;
        this.streamAt = lastRead;
        this.headPosition = positionOf(head);
    }

    @Override
    public TrackedEventMessage<?> next(Duration wait) throws InterruptedException {
        if (queued.hasNext()) {
            return queued.next();
        }
        boolean belowHead = positionOf(streamAt) < headPosition;
        Duration upTo = belowHead ? HEAD_WAIT : hasGaps(streamAt) ? wait : Duration.ZERO;
        if (!stream.hasNextAvailable((int) upTo.toMillis(), TimeUnit.MILLISECONDS)) {
            if (belowHead) {
                throw new IllegalStateException("the rebuild read up to position " + positionOf(streamAt)
                        + " but the store's head is at " + headPosition + "; not swapping tables that miss events");
            }
            return null;
        }
        TrackedEventMessage<?> next = stream.nextAvailable();
        streamAt = next.trackingToken();
        return next;
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static boolean hasGaps(TrackingToken token) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class).map(gapAware -> !gapAware.getGaps().isEmpty())
                .orElse(false);
    }
}
