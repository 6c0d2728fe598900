package dev.ledger.query.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Reads a rebuild's events on a thread of its own while the rebuild applies the ones read before: on two cores,
 * reading and writing overlap. Payloads stay serialized: the lanes that apply them deserialize them in parallel.
 * Stopping it hands back what it read but nobody took, and the stream, positioned right after those.
 */
final class PrefetchedEvents {

    private static final long READ_WAIT_MILLIS = 10;

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final BlockingQueue<TrackedEventMessage<?>> ahead;
    private final Thread reader;
    private volatile boolean reading = true;
    private volatile RuntimeException failure;
    /** How often the reader found nothing to read: the rebuild is caught up once it did after the queue ran dry. */
    private volatile long emptyReads;
    private TrackedEventMessage<?> unqueued;
    /** The token of the last event taken from the stream: written by the reader, read after it stopped. */
    private TrackingToken lastRead;

    PrefetchedEvents(BlockingStream<TrackedEventMessage<?>> stream, int capacity, String name) {
        this.stream = stream;
        this.ahead = new ArrayBlockingQueue<>(capacity);
        this.reader = new Thread(this::read, name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The next event read, or null when caught up: none queued and the reader has since found the stream empty (all
     * committed by then is read), or none came within {@code wait}.
     */
    TrackedEventMessage<?> next(Duration wait) throws InterruptedException {
        TrackedEventMessage<?> event = ahead.poll();
        long emptyBefore = emptyReads;
        long deadline = System.nanoTime() + wait.toNanos();
        while (event == null && failure == null && System.nanoTime() < deadline) {
            event = ahead.poll(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            // Two empty reads: the second began after this call found the queue empty. The reader queues what it
            // read before it looks again.
            if (event == null && emptyReads - emptyBefore >= 2) {
                event = ahead.poll();
                break;
            }
        }
        if (event == null && failure != null) {
            throw failure;
        }
        return event;
    }

    /** Stops reading and returns, in order, what was read and not taken. */
    List<TrackedEventMessage<?>> stop() throws InterruptedException {
        reading = false;
        reader.join();
        List<TrackedEventMessage<?>> left = new ArrayList<>();
        ahead.drainTo(left);
        if (unqueued != null) {
            left.add(unqueued);
        }
        if (failure != null) {
            throw failure;
        }
        return left;
    }

    /** After {@link #stop()}: where the stream stands, after every event read (null if none was). */
    TrackingToken lastRead() {
        return lastRead;
    }

    private void read() {
        try {
            while (reading) {
                if (!stream.hasNextAvailable((int) READ_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    emptyReads++; // one writer: this thread
                    continue;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                lastRead = event.trackingToken();
                while (!ahead.offer(event, READ_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (!reading) {
                        unqueued = event; // handed back by stop(), after the queue's events
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("rebuild reader interrupted", e);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // Whatever ends the reader must reach the rebuild, or it counts a stream cut short as caught up.
            failure = new IllegalStateException("rebuild reader failed: " + e, e);
        }
    }
}
