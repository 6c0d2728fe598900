package dev.ledger.infra.streams;

import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

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
}
