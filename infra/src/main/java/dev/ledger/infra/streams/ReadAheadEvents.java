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
        return new ReadAheadStream(source.openStream(trackingToken), capacity,
                name + "-read-ahead-" + READERS.incrementAndGet());
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

    /**
     * The consuming side is one thread (the segment's), the reading side another; only the queue is shared. The reader
     * alone touches the stream it reads, closing included: the store's streams are not safe for two threads.
     */
    static final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {

        private static final Logger log = LoggerFactory.getLogger(ReadAheadStream.class);
        private static final int READ_WAIT_MILLIS = 50;
        /** A peek waits this long for the reader: the processor ends a batch at the first empty peek. */
        private static final int PEEK_WAIT_MILLIS = 1;
        private static final long CLOSE_WAIT_MILLIS = 2_000;

        private final BlockingStream<TrackedEventMessage<?>> inner;
        private final BlockingQueue<TrackedEventMessage<?>> ahead;
        private final Thread reader;
        private volatile boolean open = true;
        private volatile RuntimeException failure;
        private TrackedEventMessage<?> peeked;

        ReadAheadStream(BlockingStream<TrackedEventMessage<?>> inner, int capacity, String threadName) {
            this.inner = inner;
            this.ahead = new ArrayBlockingQueue<>(capacity);
            this.reader = new Thread(this::read, threadName);
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            try {
                hasNextAvailable(PEEK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.ofNullable(peeked);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            // In slices, so a failed reader is noticed at once rather than after the whole wait.
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            long left = unit.toNanos(timeout);
            while (peeked == null && failure == null) {
                peeked = ahead.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(READ_WAIT_MILLIS)), TimeUnit.NANOSECONDS);
                if ((left = deadline - System.nanoTime()) <= 0) {
                    break;
                }
            }
            if (peeked == null && failure != null) {
                peeked = ahead.poll(); // what the reader queued before it failed comes first
                if (peeked == null) {
                    throw failure;
                }
            }
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

        /** Stops the reader, which closes its stream; waits for it a while, through an interrupt of a shutdown. */
        @Override
        public void close() {
            open = false;
            boolean interrupted = false;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
            while (reader.isAlive() && System.nanoTime() < deadline) {
                try {
                    reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (reader.isAlive()) {
                log.warn("{} is still reading {} ms after it was told to stop; it closes its stream when it does",
                        reader.getName(), CLOSE_WAIT_MILLIS);
            }
            ahead.clear();
            peeked = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
            } catch (Error e) {
                // Whatever ends the reader must reach the processor, or its segment waits for events forever.
                failure = new IllegalStateException(reader.getName() + " failed: " + e, e);
            } finally {
                closeInner();
            }
        }

        private void closeInner() {
            try {
                inner.close();
            } catch (RuntimeException e) {
                log.warn("{} could not close its stream", reader.getName(), e);
            }
        }
    }
}
