package dev.ledger.infra.streams;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes {@code kafka_record_trace}: one statement for a whole batch of acknowledged records. */
final class RecordTrace {

    record Sent(long globalPosition, String eventId, RecordMetadata where) {
    }

    private final JdbcClient jdbc;

    RecordTrace(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(List<Sent> sent, UUID republishId) {
        if (sent.isEmpty()) {
            return;
        }
        int size = sent.size();
        String[] topics = new String[size];
        Integer[] partitions = new Integer[size];
        Long[] offsets = new Long[size];
        Long[] positions = new Long[size];
        String[] eventIds = new String[size];
        for (int i = 0; i < size; i++) {
            Sent one = sent.get(i);
            topics[i] = one.where().topic();
            partitions[i] = one.where().partition();
            offsets[i] = one.where().offset();
            positions[i] = one.globalPosition();
            eventIds[i] = one.eventId();
        }
        jdbc.sql("""
                        INSERT INTO kafka_record_trace (topic, kafka_partition, kafka_offset, global_position, event_id, republish_id)
                        SELECT t, p, o, g, e, ? FROM unnest(?::text[], ?::int[], ?::bigint[], ?::bigint[], ?::text[]) AS x(t, p, o, g, e)
                        """)
                .params(republishId, topics, partitions, offsets, positions, eventIds)
                .update();
    }
}
