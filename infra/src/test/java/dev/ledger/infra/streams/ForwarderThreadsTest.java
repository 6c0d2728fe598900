package dev.ledger.infra.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

/** The forwarder runs a thread for every segment it has, or segments would never be forwarded. */
class ForwarderThreadsTest {

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();

    @Test
    void aFirstStartRunsTheConfiguredSegments() {
        assertThat(StreamsConfiguration.threadsFor(tokens, 2)).isEqualTo(2);
    }

    @Test
    void segmentsCreatedEarlierWithAHigherCountEachGetAThread() {
        tokens.initializeTokenSegments(KafkaEventForwarder.PROCESSING_GROUP, 4);

        assertThat(StreamsConfiguration.threadsFor(tokens, 2)).isEqualTo(4);
    }
}
