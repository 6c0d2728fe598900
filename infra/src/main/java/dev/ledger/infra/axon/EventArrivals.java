package dev.ledger.infra.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Tells pooled processors when events arrive, so their streams need not poll.
 * Axon's embedded store offers no availability callback, so a caught-up pooled coordinator only looks again after
 * 500 ms; here one sentinel stream tails the store (sharing its producer, so no extra queries) and wakes every
 * coordinator the moment events appear, from this node or any other.
 */
final class EventArrivals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);

    private final Supplier<EventStore> store;
    private final long quietMillis;
    private final Set<Runnable> waiting = new CopyOnWriteArraySet<>();
    private volatile Thread sentinel;

    /** The store comes late: the processors' configuration that uses this is part of building it. */
    EventArrivals(Supplier<EventStore> store, java.time.Duration quiet) {
        this.store = store;
        this.quietMillis = quiet.toMillis();
    }

    @Override
    public boolean isRunning() {
        return sentinel != null;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::watch, "ledger-event-arrivals");
        thread.setDaemon(true);
        sentinel = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = sentinel;
        sentinel = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** The store as a processor's source whose streams are woken by this signal. */
    StreamableMessageSource<TrackedEventMessage<?>> signaling() {
        return new Source();
    }

    private void watch() {
        while (sentinel == Thread.currentThread()) {
            try (BlockingStream<TrackedEventMessage<?>> tail = store.get().openStream(store.get().createHeadToken())) {
                while (sentinel == Thread.currentThread()) {
                    if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (tail.hasNextAvailable()) {
                            tail.nextAvailable();
                        }
                        waiting.forEach(Runnable::run);
                        // Events that arrive meanwhile wait for the next wake-up: processors take them as one batch.
                        Thread.sleep(quietMillis);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Streams still work without the signal (Axon polls every 500 ms): log, pause, re-open.
                log.warn("event arrival signal interrupted; re-opening: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            return new Signaled(store.get().openStream(token));
        }

        @Override
        public TrackingToken createTailToken() {
            return store.get().createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.get().createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return store.get().createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return store.get().createTokenSince(duration);
        }
    }

    /** One processor's stream: everything from the store's stream, plus the arrival callback. */
    private final class Signaled implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        Signaled(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            Runnable previous = callback;
            if (previous != null) {
                waiting.remove(previous);
            }
            callback = onAvailable;
            waiting.add(onAvailable);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                waiting.remove(registered);
            }
            delegate.close();
        }
    }
}
