package dev.ledger.infra.embedded;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs PostgreSQL and Kafka in-process unless an external one is configured, so the service starts with no setup.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedServersConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${ledger.db.url:}'.isEmpty()")
    static class EmbeddedPostgresConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(
                @Value("${ledger.embedded.data-dir:./data}") String dataDirectory,
                @Value("${ledger.embedded.postgres.port:15432}") int port) {
            return EmbeddedPostgresServer.start(Path.of(dataDirectory, "postgres"), port);
        }

        // Depending on the server makes Spring close the Hikari pool built from these details before the server.
        @Bean
        JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return server.username();
                }

                @Override
                public String getPassword() {
                    return server.password();
                }

                @Override
                public String getJdbcUrl() {
                    return server.jdbcUrl();
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${ledger.kafka.bootstrap:}'.isEmpty()")
    static class EmbeddedKafkaConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedKafkaServer embeddedKafkaServer(
                @Value("${ledger.embedded.data-dir:./data}") String dataDirectory,
                @Value("${ledger.embedded.kafka.port:19092}") int port,
                @Value("${ledger.embedded.kafka.controller-port:19093}") int controllerPort) {
            return EmbeddedKafkaServer.start(Path.of(dataDirectory, "kafka"), port, controllerPort);
        }

        // Producers and consumers built from these details are closed before the broker.
        @Bean
        KafkaConnectionDetails embeddedKafkaConnectionDetails(EmbeddedKafkaServer server) {
            return () -> List.of(server.bootstrapServers());
        }
    }
}
