package dev.ledger.infra.axon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event storage engine, except that inside a group-commit batch the events of all its commands are held back
 * and written together, in one JDBC batch, just before the batch commits. A command that read an aggregate without
 * its held-back events (a cache miss inside the batch) appends a sequence number that is already taken: the flush
 * then fails on the store's unique key, the batch rolls back and every command runs again on its own.
 */
final class BatchedAppends implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final ThreadLocal<List<EventMessage<?>>> held = new ThreadLocal<>();

    BatchedAppends(EventStorageEngine delegate) {
        this.delegate = delegate;
    }

    /** From now on this thread's appends wait for {@link #flush()}. */
    void hold() {
        held.set(new ArrayList<>());
    }

    /** Writes what this thread held back, in append order, and stops holding. */
    void flush() {
        List<EventMessage<?>> events = held.get();
        held.remove();
        if (events != null && !events.isEmpty()) {
            delegate.appendEvents(events);
        }
    }

    /** Forgets what this thread held back (its transaction rolls back). */
    void discard() {
        held.remove();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        List<EventMessage<?>> holding = held.get();
        if (holding == null) {
            delegate.appendEvents(events);
        } else {
            holding.addAll(events);
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
