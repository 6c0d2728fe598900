package dev.ledger.infra.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A commit's events in one statement, {@code INSERT ... SELECT FROM unnest(...)}, one array a column. The driver sends
 * Axon's row-per-event batch as multi-row inserts of 32, 16, 8, 4, 2 and 1 rows, so a commit of 15 events took four
 * statements; with pgbench, 15 events as one statement cost PostgreSQL a sixth less CPU an event. Rows go in in the
 * order given ({@code ORDER BY} the arrays' ordinality), so global positions follow append order as before. Fewer
 * events than {@link #MIN_EVENTS} take Axon's statement: with five, pgbench saw no difference.
 */
final class UnnestAppends implements AppendEventsStatementBuilder {

    static final int MIN_EVENTS = 8;

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
            List<? extends EventMessage<?>> events, Serializer serializer, TimestampWriter timestampWriter)
            throws SQLException {
        if (events.size() < MIN_EVENTS || dataType != String.class) {
            return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                    timestampWriter);
        }
        int size = events.size();
        String[] ids = new String[size];
        String[] aggregates = new String[size];
        Long[] sequences = new Long[size];
        String[] types = new String[size];
        String[] timestamps = new String[size];
        String[] payloadTypes = new String[size];
        String[] revisions = new String[size];
        String[] payloads = new String[size];
        String[] metadata = new String[size];
        for (int i = 0; i < size; i++) {
            DomainEventMessage<?> event = asDomainEvent(events.get(i));
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            ids[i] = event.getIdentifier();
            aggregates[i] = event.getAggregateIdentifier();
            sequences[i] = event.getSequenceNumber();
            types[i] = event.getType();
            // Axon's JDBC engine writes its varchar timestamps with this formatter.
            timestamps[i] = DateTimeUtils.formatInstant(event.getTimestamp());
            payloadTypes[i] = payload.getType().getName();
            revisions[i] = payload.getType().getRevision();
            payloads[i] = payload.getData();
            metadata[i] = event.serializeMetaData(serializer, String.class).getData();
        }
        PreparedStatement statement = connection.prepareStatement("INSERT INTO " + schema.domainEventTable()
                + " (" + schema.domainEventFields() + ")"
                + " SELECT e, a, s, t, ts, pt, pr, p, m FROM unnest(?::varchar[], ?::varchar[], ?::bigint[],"
                + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])"
                + " WITH ORDINALITY AS x (e, a, s, t, ts, pt, pr, p, m, n) ORDER BY n");
        statement.setArray(1, connection.createArrayOf("varchar", ids));
        statement.setArray(2, connection.createArrayOf("varchar", aggregates));
        statement.setArray(3, connection.createArrayOf("int8", sequences));
        statement.setArray(4, connection.createArrayOf("varchar", types));
        statement.setArray(5, connection.createArrayOf("varchar", timestamps));
        statement.setArray(6, connection.createArrayOf("varchar", payloadTypes));
        statement.setArray(7, connection.createArrayOf("varchar", revisions));
        statement.setArray(8, connection.createArrayOf("text", payloads));
        statement.setArray(9, connection.createArrayOf("text", metadata));
        // Axon runs the statement as a batch: this is its only entry.
        statement.addBatch();
        return statement;
    }

    /** As Axon stores an event without an aggregate: its own id as the aggregate's, sequence 0, no type. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
