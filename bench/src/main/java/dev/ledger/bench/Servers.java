package dev.ledger.bench;

import dev.ledger.infra.embedded.EmbeddedKafkaServer;
import dev.ledger.infra.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** The same embedded PostgreSQL and Kafka the service runs on by default, fresh for each run, under target/bench. */
final class Servers implements AutoCloseable {

    final EmbeddedPostgresServer postgres;
    final EmbeddedKafkaServer kafka;

    private Servers(EmbeddedPostgresServer postgres, EmbeddedKafkaServer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static Servers start(Path directory) throws Exception {
        deleteRecursively(directory.resolve("postgres"));
        deleteRecursively(directory.resolve("kafka"));
        Files.createDirectories(directory);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), freePort());
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(directory.resolve("kafka"), freePort(), freePort());
        return new Servers(postgres, kafka);
    }

    /** A new database on the server, so each configuration starts from an empty event store. */
    String freshDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
