package dev.ledger.infra.streams;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The event store is the outbox: this processor reads committed events only and sends each to its aggregate's
 * topic keyed by aggregate id. The token advances only after the broker acknowledged every record of the batch
 * (and their trace rows commit with it), so a failure re-sends (consumers de-duplicate by {@code ce_id}) and never
 * skips. One aggregate's events share a segment, a key and a partition, so they stay in order.
 * <p>
 * A plain {@link EventMessageHandler}, not an annotated bean: it takes every event, so Axon's annotation adapter
 * (a reflective call, its handler interceptors and a type check per event) was a tenth of a replay's CPU for nothing.
 */
@ProcessingGroup(KafkaEventForwarder.PROCESSING_GROUP)
final class KafkaEventForwarder implements EventMessageHandler {

    static final String PROCESSING_GROUP = "kafka-forwarder";
    private static final String PENDING_SENDS = KafkaEventForwarder.class.getName() + ".pending";

    private final EventPublisher publisher;

    KafkaEventForwarder(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /** Any payload type, never bound to its class: the record is built from the stored JSON. */
    @Override
    public Object handle(EventMessage<?> message) {
        if (!(message instanceof TrackedEventMessage<?> tracked)) {
            throw new IllegalStateException("the forwarder reads the event store only, got " + message);
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(tracked.trackingToken());
        long position = token.position().orElseThrow(() -> new IllegalStateException("token without position " + token));
        pendingSends().add(publisher.send(new EventPublisher.Outgoing(message, position, null)));
        return null;
    }

    /** Sends of one batch go out together; the batch commits its token only once all are acknowledged. */
    private List<EventPublisher.Pending> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING_SENDS, name -> {
            List<EventPublisher.Pending> sends = new ArrayList<>();
            // Sent now rather than after the producer's linger: the batch waits for these acknowledgements anyway.
            unitOfWork.onPrepareCommit(done -> {
                publisher.flush();
                publisher.awaitAndTrace(sends, null);
            });
            return sends;
        });
    }
}
