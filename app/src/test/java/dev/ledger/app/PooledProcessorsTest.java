package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running service's pooled processors ask their handlers through the cached checks, not Axon's own walk. */
class PooledProcessorsTest extends ServiceTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void every_pooled_processor_checks_its_handlers_through_the_cached_checks() {
        // given the service's event processors
        List<PooledStreamingEventProcessor> pooled = processing.eventProcessors().values().stream()
                .filter(PooledStreamingEventProcessor.class::isInstance)
                .map(PooledStreamingEventProcessor.class::cast)
                .toList();

        // when we look at what each asks whether its handlers take an event
        List<String> invokers = pooled.stream()
                .map(AbstractEventProcessor::eventHandlerInvoker)
                // By name: the checks are package-private in infra.
                .map(invoker -> invoker.getClass().getSimpleName())
                .distinct()
                .toList();

        // then the read models and the billing processes are among them, all through the cached checks
        assertThat(pooled).extracting(PooledStreamingEventProcessor::getName)
                .contains("read-models", "billing-processes");
        assertThat(invokers).containsExactly("CachedHandlerChecks");
    }
}
