package dev.ledger.infra.streams;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import dev.ledger.infra.pii.DownstreamJson;
import dev.ledger.query.projection.EventOrganizations;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class StreamsConfiguration {

    /** Aggregate types whose topics exist before their first event, so consumers can subscribe from day one. */
    static final List<String> AGGREGATE_TYPES = List.of("Organization", "Customer", "PaymentOrder");

    @Bean
    KafkaAdmin.NewTopics ledgerTopics(
            @Value("${ledger.streams.partitions:6}") int partitions,
            @Value("${ledger.streams.replication-factor:1}") short replicationFactor) {
        NewTopic[] topics = AGGREGATE_TYPES.stream()
                .map(EventTopics::forAggregateType)
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor).build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    @Bean
    org.springframework.kafka.support.ProducerListener<Object, Object> producerListener() {
        return new QuietProducerListener();
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, CloudEvent> kafka,
            @Qualifier("eventSerializer") Serializer eventSerializer, DownstreamJson downstreamJson, JdbcClient jdbc,
            @Value("${ledger.streams.send-timeout:PT30S}") Duration sendTimeout) {
        return new EventPublisher(kafka, eventSerializer, downstreamJson, new RecordTrace(jdbc), sendTimeout);
    }

    /**
     * An event's organization from its stored JSON (never sealed): re-publishing filters and rebuild lanes route by
     * it without binding events to their classes, nor opening another tenant's personal data to find out.
     */
    @Bean
    EventOrganizations eventOrganizations(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return event -> EventJson.organizationIdOf(event.serializePayload(eventSerializer, String.class).getData());
    }

    @Bean
    StreamRepublisher streamRepublisher(org.axonframework.eventsourcing.eventstore.EventStore events,
            EventPublisher publisher, EventOrganizations organizations, JdbcClient jdbc) {
        return new StreamRepublisher(events, publisher, organizations, jdbc);
    }

    /**
     * The forwarder is a tracking processor, a thread a segment each reading the stream and sending whole batches.
     * Axon's pooled coordinator counts every work package's queue (a walk of up to 1,024 entries) for each event it
     * hands out: catching up, that walk took half the forwarder's CPU and held it near 15,000 events a second. Each
     * segment's stream reads ahead ({@link ReadAheadEvents}), so fetching the next page overlaps sending this one.
     */
    @Bean
    ConfigurerModule kafkaForwarderProcessor(EventPublisher publisher,
            @Value("${ledger.processing.mode:pooled}") String mode,
            @Value("${ledger.processing.batch-size:100}") int batchSize,
            @Value("${ledger.processing.segments:2}") int segments) {
        return configurer -> configurer.eventProcessing(processing -> {
            // Registered here: Spring hands Axon only beans with annotated handlers.
            processing.registerEventHandler(config -> new KafkaEventForwarder(publisher));
            if (!mode.equals("tracking")) {
                processing.registerTrackingEventProcessor(KafkaEventForwarder.PROCESSING_GROUP,
                        config -> new ReadAheadEvents(config.eventStore(), 2 * batchSize, "kafka-forwarder"),
                        config -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(threadsFor(config.getComponent(TokenStore.class), segments))
                                .andInitialSegmentsCount(segments)
                                .andBatchSize(batchSize));
            }
        });
    }

    /** A thread for every segment the store already has: a tracking processor never claims more segments than threads. */
    static int threadsFor(TokenStore tokens, int configuredSegments) {
        return Math.max(configuredSegments, tokens.fetchSegments(KafkaEventForwarder.PROCESSING_GROUP).length);
    }
}
