package dev.ledger.infra.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code ledger.processor.lag{processor=...}}: global positions between the store's head and a processor's slowest
 * segment; for {@code kafka-forwarder} that is the forwarding lag. Read at most once a second per processor.
 */
class ProcessorLagMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ProcessorPositions positions;
    private final MeterRegistry meters;
    private final Map<String, long[]> cache = new ConcurrentHashMap<>();

    ProcessorLagMetrics(ProcessorPositions positions, MeterRegistry meters) {
        this.positions = positions;
        this.meters = meters;
    }

    /** Processors exist once Axon has started, so the gauges are registered then. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String name : positions.streamingProcessors()) {
            Gauge.builder("ledger.processor.lag", this, metrics -> metrics.lag(name))
                    .tag("processor", name)
                    .description("events between the store's head and the processor's slowest segment")
                    .baseUnit("events")
                    .register(meters);
        }
    }

    private double lag(String processor) {
        long now = System.nanoTime();
        long[] cached = cache.get(processor);
        if (cached == null || now - cached[0] > FRESH_FOR.toNanos()) {
            cached = new long[] {now, positions.of(processor).lag()};
            cache.put(processor, cached);
        }
        return cached[1];
    }
}
