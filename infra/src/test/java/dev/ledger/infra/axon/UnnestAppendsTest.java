package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** One statement for a commit's events stores exactly the rows Axon's own statement stores, in the same order. */
class UnnestAppendsTest {

    private static final DataSource DATA_SOURCE = TestInfrastructure.migratedDataSource("classpath:db/migration");
    private static final EventSchema SCHEMA = new EventSchema();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    // As Axon's JDBC engine writes a timestamp.
    private static final TimestampWriter TIMESTAMPS = (statement, index, timestamp) ->
            statement.setString(index, DateTimeUtils.formatInstant(timestamp));

    @Test
    void storesTheSameRowsAsAxonsStatementInAppendOrder() throws SQLException {
        List<EventMessage<?>> events = commitOf(UnnestAppends.MIN_EVENTS + 4);

        List<List<Object>> axons = appendAndReadBack(JdbcEventStorageEngineStatements::appendEvents, events);
        List<List<Object>> unnest = appendAndReadBack(new UnnestAppends(), events);

        assertThat(unnest).hasSize(events.size()).isEqualTo(axons);
        assertThat(unnest.get(0).get(0)).isEqualTo(events.get(0).getIdentifier());
        assertThat(unnest.get(events.size() - 1).get(0)).isEqualTo(events.get(events.size() - 1).getIdentifier());
        assertThat(unnest.get(0).get(6)).isEqualTo("2");
        assertThat(unnest.get(events.size() - 1).get(6)).isNull();
    }

    @Test
    void aCommitOfAtLeastEightEventsIsOneStatement() throws SQLException {
        List<EventMessage<?>> events = commitOf(UnnestAppends.MIN_EVENTS);

        try (Connection connection = DATA_SOURCE.getConnection();
                PreparedStatement statement = build(new UnnestAppends(), connection, events)) {
            assertThat(statement.toString()).contains("unnest").doesNotContain("VALUES");
        }
    }

    @Test
    void aConcurrentAppendThroughTheEngineIsAConcurrencyConflict() {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(DATA_SOURCE))
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(AxonConfiguration.duplicateKeys())
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER)
                .schema(SCHEMA).dataType(String.class)
                .appendEvents(new UnnestAppends())
                .build();
        List<EventMessage<?>> stored = commitOf(UnnestAppends.MIN_EVENTS);
        engine.appendEvents(stored);
        GenericDomainEventMessage<?> second = (GenericDomainEventMessage<?>) stored.get(2);
        List<EventMessage<?>> racing = commitOf(UnnestAppends.MIN_EVENTS);
        racing.add(0, new GenericDomainEventMessage<>("PaymentOrder", second.getAggregateIdentifier(),
                second.getSequenceNumber(), new Captured("the same sequence number from another instance")));

        assertThatThrownBy(() -> engine.appendEvents(racing)).isInstanceOf(ConcurrencyException.class);
        String racingOrder = ((GenericDomainEventMessage<?>) racing.get(1)).getAggregateIdentifier();
        assertThat(engine.readEvents(racingOrder, 0).asStream().count()).isZero();
    }

    @Test
    void aTakenSequenceNumberFailsOnTheStoresUniqueKey() throws SQLException {
        List<EventMessage<?>> events = commitOf(UnnestAppends.MIN_EVENTS);
        GenericDomainEventMessage<?> first = (GenericDomainEventMessage<?>) events.get(0);
        events.add(new GenericDomainEventMessage<>("PaymentOrder", first.getAggregateIdentifier(),
                first.getSequenceNumber(), "a second event at the same sequence number"));

        try (Connection connection = DATA_SOURCE.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = build(new UnnestAppends(), connection, events)) {
                assertThatThrownBy(statement::executeBatch).isInstanceOf(SQLException.class)
                        .satisfies(failure -> assertThat(sqlStates((SQLException) failure)).contains("23505"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aSmallCommitTakesAxonsStatement() throws SQLException {
        List<EventMessage<?>> events = commitOf(UnnestAppends.MIN_EVENTS - 1);

        try (Connection connection = DATA_SOURCE.getConnection();
                PreparedStatement statement = build(new UnnestAppends(), connection, events)) {
            assertThat(statement.toString()).contains("VALUES").doesNotContain("unnest");
        }
    }

    /** Two aggregates' events interleaved, and one event without an aggregate and with no revision. */
    private static List<EventMessage<?>> commitOf(int size) {
        String orderA = UUID.randomUUID().toString();
        String orderB = UUID.randomUUID().toString();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < size - 1; i++) {
            events.add(new GenericDomainEventMessage<>("PaymentOrder", i % 2 == 0 ? orderA : orderB, i / 2,
                    new Captured("captured 'one' \"cent\" \\ " + i), MetaData.with("traceId", "trace-" + i)));
        }
        events.add(new GenericEventMessage<>("an event of no aggregate", MetaData.emptyInstance()));
        return events;
    }

    /** Appends in a transaction that rolls back, so both statements can store the same events. */
    private static List<List<Object>> appendAndReadBack(AppendEventsStatementBuilder builder,
            List<EventMessage<?>> events) throws SQLException {
        try (Connection connection = DATA_SOURCE.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = build(builder, connection, events)) {
                statement.executeBatch();
                return rowsOf(connection, events);
            } finally {
                connection.rollback();
            }
        }
    }

    private static PreparedStatement build(AppendEventsStatementBuilder builder, Connection connection,
            List<EventMessage<?>> events) throws SQLException {
        return builder.build(connection, SCHEMA, String.class, events, SERIALIZER, TIMESTAMPS);
    }

    /** Every column but the global position, ordered by it. */
    private static List<List<Object>> rowsOf(Connection connection, List<EventMessage<?>> events) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype,
                       payloadrevision, payload, metadata
                  FROM domainevententry WHERE eventidentifier = ANY (?) ORDER BY globalindex
                """)) {
            query.setArray(1, connection.createArrayOf("varchar",
                    events.stream().map(EventMessage::getIdentifier).toArray(String[]::new)));
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= 9; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Revision("2")
    record Captured(String note) {
    }

    private static List<String> sqlStates(SQLException failure) {
        List<String> states = new ArrayList<>();
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            states.add(next.getSQLState());
        }
        return states;
    }
}
