package dev.ledger.infra.streams;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Replaces spring-kafka's default listener, which logs a failed record's whole payload: event data may hold personal
 * data and must stay out of logs. Only topic, key and event id are named; the forwarder retries the batch.
 */
final class QuietProducerListener implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(QuietProducerListener.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
        String eventId = record.value() instanceof CloudEvent event ? event.getId() : "?";
        log.warn("broker did not take event {} (topic {}, key {}): {}", eventId, record.topic(), record.key(),
                exception.getMessage());
    }
}
