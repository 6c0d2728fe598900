package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.command.organization.api.RegisterOrganization;
import dev.ledger.command.organization.api.RenameOrganization;
import dev.ledger.infra.embedded.EmbeddedKafkaServer;
import dev.ledger.kernel.CurrencyCode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.kernel.organization.OrganizationName;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The broker goes away in the middle of a load and comes back: commands keep being accepted meanwhile, and
 * afterwards a plain consumer sees every stored event exactly once (after de-duplication by {@code ce_id}), each
 * aggregate's events in order. The service gets its own broker (to stop it) and its own database (to count on).
 */
class ForwardingOutageTest {

    private static final int ORGANIZATIONS = 20;
    private static final int RENAMES = 6;

    @Test
    void noEventIsLostOrReorderedAcrossAnEmbeddedBrokerRestart() throws Exception {
        Path logDir = Files.createDirectories(Path.of("target", "outage-kafka-" + System.nanoTime()));
        int port = freePort();
        int controllerPort = freePort();
        EmbeddedKafkaServer[] broker = {EmbeddedKafkaServer.start(logDir, port, controllerPort)};
        try {
            survivesOutage(broker[0].bootstrapServers(), broker[0]::close, () -> {
                broker[0] = EmbeddedKafkaServer.start(logDir, port, controllerPort);
            });
        } finally {
            broker[0].close();
        }
    }

    @Test
    @EnabledIf("dev.ledger.testsupport.TestInfrastructure#dockerAvailable")
    void noEventIsLostOrReorderedAcrossAPausedRedpanda() throws Exception {
        try (TestInfrastructure.PausableBroker redpanda = TestInfrastructure.dedicatedRedpanda()) {
            survivesOutage(redpanda.bootstrapServers(), redpanda::pause, redpanda::resume);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private void survivesOutage(String bootstrap, Step takeDown, Step bringBack) throws Exception {
        String database = TestDatabases.fresh("outage");
        ConfigurableApplicationContext service = null;
        try {
            service = new SpringApplicationBuilder(LedgerApplication.class).run(
                    "--ledger.db.url=" + database,
                    "--ledger.db.user=" + TestInfrastructure.username(),
                    "--ledger.db.password=" + TestInfrastructure.password(),
                    "--ledger.security.platform-admin-key=" + TestInfrastructure.PLATFORM_ADMIN_KEY,
                    "--ledger.pii.master-key=" + TestInfrastructure.PII_MASTER_KEY,
                    "--ledger.kafka.bootstrap=" + bootstrap,
                    "--ledger.streams.send-timeout=PT6S",
                    "--spring.kafka.producer.properties.max.block.ms=2000",
                    "--spring.kafka.producer.properties.request.timeout.ms=2000",
                    "--spring.kafka.producer.properties.delivery.timeout.ms=4000",
                    "--server.port=0");
            CommandGateway commands = service.getBean(CommandGateway.class);
            List<OrganizationId> organizations = new ArrayList<>();
            for (int i = 0; i < ORGANIZATIONS; i++) {
                OrganizationId id = OrganizationId.newId();
                commands.sendAndWait(new RegisterOrganization(id, new OrganizationName("Outage " + i), CurrencyCode.of("EUR")));
                organizations.add(id);
            }

            takeDown.run();
            // Commands go on while the broker is down: the event store is the outbox.
            for (int round = 1; round <= RENAMES / 2; round++) {
                rename(commands, organizations, round);
            }
            Thread.sleep(3_000);
            bringBack.run();
            for (int round = RENAMES / 2 + 1; round <= RENAMES; round++) {
                rename(commands, organizations, round);
            }

            JdbcClient jdbc = service.getBean(JdbcClient.class);
            Set<String> stored = new HashSet<>(jdbc.sql("SELECT eventidentifier FROM domainevententry")
                    .query(String.class).list());
            assertThat(stored).hasSize(ORGANIZATIONS * (1 + RENAMES));

            Map<String, List<Long>> sequencesByAggregate = new HashMap<>();
            Set<String> seen = new HashSet<>();
            long duplicates = consumeUntilAllSeen(bootstrap, stored, seen, sequencesByAggregate);

            assertThat(seen).isEqualTo(stored);
            assertThat(duplicates).isGreaterThanOrEqualTo(0);
            assertThat(sequencesByAggregate).hasSize(ORGANIZATIONS);
            List<Long> expected = new ArrayList<>();
            for (long sequence = 0; sequence <= RENAMES; sequence++) {
                expected.add(sequence);
            }
            assertThat(sequencesByAggregate.values()).allSatisfy(sequences -> assertThat(sequences).isEqualTo(expected));
        } finally {
            if (service != null) {
                service.close();
            }
        }
    }

    private static void rename(CommandGateway commands, List<OrganizationId> organizations, int round) {
        for (OrganizationId id : organizations) {
            commands.sendAndWait(new RenameOrganization(id, new OrganizationName("Outage renamed " + round)));
        }
    }

    /** Reads the topic from the start; keeps each event's first appearance, counts the re-sent copies. */
    private static long consumeUntilAllSeen(String bootstrap, Set<String> stored, Set<String> seen,
            Map<String, List<Long>> sequencesByAggregate) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long duplicates = 0;
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("ledger.organization"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!seen.containsAll(stored) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    String id = header(record, "ce_id");
                    if (!seen.add(id)) {
                        duplicates++;
                        continue;
                    }
                    sequencesByAggregate.computeIfAbsent(record.key(), key -> new ArrayList<>())
                            .add(Long.parseLong(header(record, "ce_sequencenumber")));
                }
            }
        }
        return duplicates;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
