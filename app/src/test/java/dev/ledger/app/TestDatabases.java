package dev.ledger.app;

import dev.ledger.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A new, empty database on the shared test server, for tests whose service instances must not see other tests. */
final class TestDatabases {

    private TestDatabases() {
    }

    static String fresh(String purpose) throws Exception {
        String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.jdbcUrl(),
                TestInfrastructure.username(), TestInfrastructure.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return TestInfrastructure.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** A service instance on {@code databaseUrl} and the shared test broker; command-line arguments outrank application.yml. */
    static ConfigurableApplicationContext service(String databaseUrl, String... arguments) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(Stream.concat(Stream.of(
                "--ledger.db.url=" + databaseUrl,
                "--ledger.db.user=" + TestInfrastructure.username(),
                "--ledger.db.password=" + TestInfrastructure.password(),
                "--ledger.security.platform-admin-key=" + TestInfrastructure.PLATFORM_ADMIN_KEY,
                "--ledger.pii.master-key=" + TestInfrastructure.PII_MASTER_KEY,
                "--ledger.kafka.bootstrap=" + TestInfrastructure.kafkaBootstrapServers(),
                "--server.port=0"), Stream.of(arguments)).toArray(String[]::new));
    }
}
