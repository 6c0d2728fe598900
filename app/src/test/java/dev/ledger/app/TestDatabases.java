package dev.ledger.app;

import dev.ledger.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

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
}
