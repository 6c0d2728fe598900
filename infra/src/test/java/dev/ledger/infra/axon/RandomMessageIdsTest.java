package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class RandomMessageIdsTest {

    @Test
    void axon_finds_it_and_its_messages_carry_its_ids() {
        // given the factory Axon found on the class path
        IdentifierFactory factory = IdentifierFactory.getInstance();

        // when a message is created
        String id = GenericEventMessage.asEventMessage("payload").getIdentifier();

        // then the ids are ours, random UUIDs in the standard layout
        assertThat(factory).isInstanceOf(RandomMessageIds.class);
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.toString()).isEqualTo(id);
    }

    @Test
    void ids_from_many_threads_never_repeat() throws Exception {
        // given eight threads, each with a generator of its own
        RandomMessageIds ids = new RandomMessageIds();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);

        // when each draws 20,000 ids
        try {
            for (Future<?> done : IntStream.range(0, 8)
                    .mapToObj(n -> threads.submit(() -> IntStream.range(0, 20_000)
                            .forEach(i -> seen.add(ids.generateIdentifier()))))
                    .toList()) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        // then every one of the 160,000 is distinct, and each is a version 4 UUID
        assertThat(seen).hasSize(160_000);
        assertThat(seen).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
    }
}
