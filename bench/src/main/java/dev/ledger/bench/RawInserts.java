package dev.ledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The limit: plain JDBC inserts of rows shaped like stored events into an identical table, one row per transaction
 * at the same concurrency as the commands, and 64 rows per transaction. No framework can beat these on this disk.
 */
final class RawInserts {

    static final int BATCH = 64;
    private static final String PAYLOAD = "{\"organizationId\":\"" + UUID.randomUUID() + "\",\"paymentOrderId\":\""
            + UUID.randomUUID() + "\",\"amount\":{\"amountMinor\":1,\"currency\":\"EUR\"},\"totalCaptured\":"
            + "{\"amountMinor\":12345,\"currency\":\"EUR\"}}";

    private RawInserts() {
    }

    static List<LoadDriver.Result> run(Servers servers, String databaseUrl, Profile profile, boolean batched)
            throws Exception {
        try (Connection setup = connect(servers, databaseUrl); Statement statement = setup.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_event");
            statement.execute("CREATE TABLE bench_raw_event (LIKE domainevententry INCLUDING ALL)");
            statement.execute("ALTER TABLE bench_raw_event ALTER COLUMN globalindex SET DEFAULT nextval('domainevententry_globalindex_seq')");
        }
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int clients : profile.clients()) {
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                connections.add(connect(servers, databaseUrl));
            }
            String aggregate = UUID.randomUUID().toString();
            long[] sequences = new long[clients];
            String name = batched ? "raw JDBC, " + BATCH + " rows a transaction" : "raw JDBC, one row a transaction";
            results.add(LoadDriver.run(name, clients, profile.warmup(), profile.measure(), (client, iteration) -> {
                Connection connection = connections.get(client);
                int rows = batched ? BATCH : 1;
                connection.setAutoCommit(rows == 1);
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO bench_raw_event (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                            payloadtype, payloadrevision, payload, metadata)
                        VALUES (?, ?, ?, 'PaymentOrder', ?, 'dev.ledger.kernel.paymentorder.PaymentCaptured', '1', ?, '{}')
                        """)) {
                    for (int r = 0; r < rows; r++) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, aggregate + "-" + client);
                        insert.setLong(3, sequences[client]++);
                        insert.setString(4, Instant.now().toString());
                        insert.setString(5, PAYLOAD);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                if (rows > 1) {
                    connection.commit();
                }
            }));
            for (Connection connection : connections) {
                connection.close();
            }
        }
        if (batched) {
            // Report rows per second, the unit the commands are compared in.
            results.replaceAll(result -> new LoadDriver.Result(result.clients(), result.perSecond() * BATCH,
                    result.p50Millis(), result.p99Millis(), result.calls() * BATCH, result.errors(),
                    result.jvmCpuMicrosPerCall() / BATCH, result.databaseCpuMicrosPerCall() / BATCH, result.compilerCores(),
                    0));
        }
        return results;
    }

    private static Connection connect(Servers servers, String databaseUrl) throws Exception {
        return DriverManager.getConnection(databaseUrl, servers.postgres.username(), servers.postgres.password());
    }
}
