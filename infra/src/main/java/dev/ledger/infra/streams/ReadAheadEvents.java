package dev.ledger.infra.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message source whose streams read ahead on a thread of their own: a tracking processor's segment otherwise stops
 * for every page it fetches from the store (a quarter of the forwarder's time catching up), so on two cores the
 * reading overlaps sending and waiting for the broker. One reader a stream keeps the stream's order.
 */
final class ReadAheadEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final AtomicInteger READERS = new AtomicInteger();

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final int capacity;
    private final String name;

    ReadAheadEvents(StreamableMessageSource<TrackedEventMessage<?>> source, int capacity, String name) {
        this.source = source;
        this.capacity = capacity;
        this.name = name;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(source.openStream(trackingToken), capacity, name + "-read-ahead-" + READERS.incrementAndGet());
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    /** The consuming side is one thread (the segment's), the reading side another; only the queue is shared. */
    static final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private static final Logger log = LoggerFactory.getLogger(Stream.class);
        private static final int READ_WAIT_MILLIS = 50;
        private static final long CLOSE_WAIT_MILLIS = 10_000;

        private final BlockingStream<TrackedEventMessage<?>> inner;
        private final BlockingQueue<TrackedEventMessage<?>> ahead;
        private final Thread reader;
        private volatile boolean open = true;
        private volatile RuntimeException failure;
        private TrackedEventMessage<?> peeked;

        Stream(BlockingStream<TrackedEventMessage<?>> inner, int capacity, String threadName) {
            this.inner = inner;
            this.ahead = new ArrayBlockingQueue<>(capacity);
            this.reader = new Thread(this::read, threadName);
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (peeked == null) {
                peeked = ahead.poll();
            }
            failIfNothingLeft();
            return Optional.ofNullable(peeked);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (peeked == null) {
                peeked = ahead.poll(timeout, unit);
            }
            failIfNothingLeft();
            return peeked != null;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                // waits like the stream it reads ahead of: until an event comes or the reader fails
            }
            TrackedEventMessage<?> next = peeked;
            peeked = null;
            return next;
        }

        /** The reader's failure reaches the processor once the events read before it are consumed, in order. */
        private void failIfNothingLeft() {
            if (peeked == null && failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
            open = false;
            try {
                reader.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (reader.isAlive()) {
                log.warn("{} did not stop within {} ms; closing its stream under it", reader.getName(), CLOSE_WAIT_MILLIS);
            }
            inner.close();
            ahead.clear();
            peeked = null;
        }

        private void read() {
            try {
                while (open) {
                    if (!inner.hasNextAvailable(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    TrackedEventMessage<?> event = inner.nextAvailable();
                    while (!ahead.offer(event, READ_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                        if (!open) {
                            return;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException(reader.getName() + " interrupted", e);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }
}
