package dev.ledger.infra.embedded;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServersTest {

    // Shared parent, so the unpacked PostgreSQL binaries (postgres-bin) are reused across runs.
    private static final Path ROOT = Path.of("target", "embedded-servers-test").toAbsolutePath();

    @Test
    void postgresKeepsCommittedRowsAcrossRestart() throws Exception {
        Path data = ROOT.resolve("postgres-" + UUID.randomUUID());
        int port = freePorts(1)[0];
        try {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
                assertThat(queryString(server, "SHOW synchronous_commit")).isEqualTo("on");
                execute(server, "CREATE TABLE probe (id int PRIMARY KEY, note text NOT NULL)");
                execute(server, "INSERT INTO probe VALUES (1, 'kept across restart')");
            }
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
                assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
                assertThat(queryString(server, "SELECT note FROM probe WHERE id = 1")).isEqualTo("kept across restart");
            }
        } finally {
            deleteRecursively(data);
        }
    }

    @Test
    void postgresStopsThePostmasterOrphanedByAKilledJvm() throws Exception {
        Path data = ROOT.resolve("postgres-" + UUID.randomUUID());
        int port = freePorts(1)[0];
        try {
            long orphanPid = startPostgresInJvmKilledWithSigkill(data, port);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
                assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                assertThat(queryString(server, "SELECT note FROM probe WHERE id = 1")).isEqualTo("written before kill -9");
                assertThat(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim()))
                        .isNotEqualTo(orphanPid);
            }
        } finally {
            deleteRecursively(data);
        }
    }

    @Test
    void postgresStartsOverAPidFileOfADeadProcess() throws Exception {
        Path data = ROOT.resolve("postgres-" + UUID.randomUUID());
        int port = freePorts(1)[0];
        try {
            EmbeddedPostgresServer.start(data, port).close();
            Process finished = new ProcessBuilder("true").start();
            finished.waitFor(30, TimeUnit.SECONDS);
            Files.writeString(data.resolve("postmaster.pid"), finished.pid() + "\n" + data + "\n");

            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
                assertThat(queryString(server, "SELECT current_setting('port')")).isEqualTo(Integer.toString(port));
            }
        } finally {
            deleteRecursively(data);
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossRestart() throws Exception {
        Path logDir = ROOT.resolve("kafka-" + UUID.randomUUID());
        int[] ports = freePorts(2);
        String topic = "probe";
        try {
            try (EmbeddedKafkaServer server = EmbeddedKafkaServer.start(logDir, ports[0], ports[1]);
                 KafkaProducer<String, String> producer = producer(server)) {
                assertThat(server.bootstrapServers()).isEqualTo("localhost:" + ports[0]);
                producer.send(new ProducerRecord<>(topic, "key-1", "kept across restart")).get(60, TimeUnit.SECONDS);
            }
            assertThat(logDir.resolve("meta.properties")).exists();

            try (EmbeddedKafkaServer server = EmbeddedKafkaServer.start(logDir, ports[0], ports[1]);
                 KafkaConsumer<String, String> consumer = consumer(server)) {
                assertThat(consumer.partitionsFor(topic)).hasSize(3);
                consumer.subscribe(List.of(topic));
                List<ConsumerRecord<String, String>> records = pollUntilOne(consumer, Duration.ofSeconds(60));
                assertThat(records).hasSize(1);
                assertThat(records.get(0).key()).isEqualTo("key-1");
                assertThat(records.get(0).value()).isEqualTo("kept across restart");
            }
        } finally {
            deleteRecursively(logDir);
        }
    }

    /** Run from a child JVM that is then killed with SIGKILL, leaving its postmaster behind. */
    public static final class OrphaningPostgres {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
            execute(server, "CREATE TABLE probe (id int PRIMARY KEY, note text NOT NULL)");
            execute(server, "INSERT INTO probe VALUES (1, 'written before kill -9')");
            System.out.println("READY " + Files.readAllLines(Path.of(args[0], "postmaster.pid")).get(0).trim());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static long startPostgresInJvmKilledWithSigkill(Path data, int port) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                OrphaningPostgres.class.getName(), data.toString(), Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    return Long.parseLong(line.substring("READY ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        throw new IllegalStateException("Child JVM exited before PostgreSQL was ready: exit " + child.waitFor());
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaServer server) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaServer server) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static List<ConsumerRecord<String, String>> pollUntilOne(KafkaConsumer<String, String> consumer,
                                                                     Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    // Opened together so that two calls cannot hand out the same port.
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
