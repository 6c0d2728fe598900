package dev.ledger.infra.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far each event processor is, across all instances: read from the shared token table rather than from this
 * instance's own segments, so any instance reports the whole picture.
 */
public final class ProcessorPositions {

    /** One segment's position and its current owner (null when unclaimed). */
    public record Segment(int segment, long position, String owner) {
    }

    /** A processor's segments, the store's head and how many positions the slowest segment is behind it. */
    public record Processor(String name, long headPosition, long lag, List<Segment> segments) {
    }

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final EventProcessingConfiguration processing;

    ProcessorPositions(JdbcClient jdbc, Serializer serializer, StreamableMessageSource<TrackedEventMessage<?>> events,
            EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.events = events;
        this.processing = processing;
    }

    public Set<String> streamingProcessors() {
        Set<String> names = new java.util.TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                names.add(name);
            }
        });
        return names;
    }

    public List<Processor> all() {
        long head = headPosition();
        List<Processor> processors = new ArrayList<>();
        for (String name : streamingProcessors()) {
            processors.add(of(name, head));
        }
        return processors;
    }

    public Processor of(String name) {
        return of(name, headPosition());
    }

    private Processor of(String name, long head) {
        List<Segment> segments = jdbc.sql("SELECT segment, token, tokentype, owner FROM tokenentry WHERE processorname = ? ORDER BY segment")
                .param(name)
                .query((row, n) -> new Segment(row.getInt(1), position(row.getBytes(2), row.getString(3)), row.getString(4)))
                .list();
        long slowest = segments.stream().mapToLong(Segment::position).min().orElse(-1);
        return new Processor(name, head, segments.isEmpty() ? head : Math.max(0, head - slowest), segments);
    }

    private long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private long position(byte[] token, String tokenType) {
        TrackingToken tracking = StoredTokens.read(serializer, token, tokenType);
        return tracking == null ? -1 : tracking.position().orElse(-1); // not started yet: behind everything
    }
}
