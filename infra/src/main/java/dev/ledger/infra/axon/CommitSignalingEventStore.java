package dev.ledger.infra.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded store, except that its shared reader is woken once a database transaction has committed rather
 * than when each unit of work ends. In a group-commit batch every command's unit of work ends before the batch's
 * transaction commits: each of those wake-ups read the store and found nothing new yet, a query per command. Outside
 * a transaction the unit of work has committed its own, and it wakes the reader at once.
 */
final class CommitSignalingEventStore extends EmbeddedEventStore {

    private final OncePerCommit wakeReader = new OncePerCommit(() -> super.afterCommit(List.of()));

    CommitSignalingEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        wakeReader.request();
    }
}
