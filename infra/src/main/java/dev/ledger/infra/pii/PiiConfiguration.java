package dev.ledger.infra.pii;

import java.nio.file.Path;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crypto-shredding of customers' personal data. The master key comes from {@code ledger.pii.master-key}
 * ({@code LEDGER_PII_MASTER_KEY}, 32 bytes base64). Only with the embedded database may it be left out: then one is
 * generated once into {@code <data dir>/pii-master-key} (owner-only), next to the data it protects. An external
 * database without a configured key refuses to start, since instances would otherwise each invent their own.
 */
@Configuration(proxyBeanMethods = false)
class PiiConfiguration {

    @Bean
    MasterKey piiMasterKey(@Value("${ledger.pii.master-key:}") String configured,
            @Value("${ledger.db.url:}") String externalDatabase,
            @Value("${ledger.embedded.data-dir:./data}") String dataDirectory) {
        if (!configured.isBlank()) {
            return MasterKey.fromBase64(configured);
        }
        if (!externalDatabase.isBlank()) {
            throw new IllegalStateException("ledger.pii.master-key (LEDGER_PII_MASTER_KEY) must be set when "
                    + "ledger.db.url names an external database: 32 random bytes, base64-encoded");
        }
        return MasterKey.inDirectory(Path.of(dataDirectory));
    }

    @Bean
    DataKeys personalDataKeys(JdbcClient jdbc, MasterKey masterKey) {
        return new DataKeys(jdbc, masterKey);
    }

    /** Replaces Axon's event serializer (it steps back when a bean has this qualifier). */
    @Bean
    @Qualifier("eventSerializer")
    SealingSerializer eventSerializer(@Qualifier("messageSerializer") Serializer messages, RevisionResolver revisions,
            DataKeys keys) {
        Serializer jackson = messages instanceof JacksonSerializer configured
                ? KnownTypesJacksonSerializer.like(configured, revisions) : messages;
        return new SealingSerializer(jackson, new PersonalDataEnvelopes(keys));
    }

    @Bean
    EventUpcaster personalDataRevisionUpcaster() {
        return new PersonalDataRevisionUpcaster();
    }

    @Bean
    PersonalDataErasure personalDataErasure(DataKeys keys) {
        return new PersonalDataErasure(keys);
    }

    @Bean
    ConfigurerModule personalDataKeysProcessor() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerSubscribingEventProcessor(PersonalDataErasure.PROCESSING_GROUP));
    }
}
