package dev.ledger.query;

import dev.ledger.testsupport.TestInfrastructure;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The read-model schema, migrated by Flyway once per test JVM on the shared test PostgreSQL. */
public final class ReadModelDatabase {

    private static final DataSource DATA_SOURCE = TestInfrastructure.migratedDataSource("classpath:db/migration/readmodel");
    private static final PlatformTransactionManager TRANSACTIONS = new DataSourceTransactionManager(DATA_SOURCE);

    private ReadModelDatabase() {
    }

    public static DataSource dataSource() {
        return DATA_SOURCE;
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(DATA_SOURCE);
    }

    public static PlatformTransactionManager transactions() {
        return TRANSACTIONS;
    }
}
