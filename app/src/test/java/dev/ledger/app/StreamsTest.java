package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledger.testsupport.TestInfrastructure;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** What downstream services and auditors get from Kafka: CloudEvents, re-publishing, lag. */
class StreamsTest extends ServiceTest {

    @Test
    void recordsAreCloudEventsThatTheStandardDeserializerReads() throws Exception {
        String org = registerOrganization("Cloud Events Inc");

        List<ConsumerRecord<String, CloudEvent>> records = consume("ledger.organization", new CloudEventDeserializer(),
                record -> org.equals(record.key()), 1);

        CloudEvent event = records.get(0).value();
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getType()).isEqualTo("dev.ledger.organization.OrganizationRegistered.v1");
        assertThat(event.getSubject()).isEqualTo(org);
        assertThat(event.getSource().toString()).isEqualTo("/ledger");
        assertThat(event.getExtension("organizationid")).isEqualTo(org);
        assertThat(event.getExtension("sequencenumber")).isEqualTo("0");
        assertThat(json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).get("name").asText())
                .isEqualTo("Cloud Events Inc");
        String storedId = jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?")
                .param(org).query(String.class).single();
        assertThat(event.getId()).isEqualTo(storedId);
    }

    @Test
    void oneOrganizationsHistoryIsRepublishedToANamedTopicAndTraced() throws Exception {
        String acme = registerOrganization("Republish Acme");
        String other = registerOrganization("Republish Other");
        post("/api/v1/organizations/" + acme + "/rename", "{\"name\": \"Republish Acme 2\"}");
        long from = jdbc.sql("SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(acme).query(Long.class).single();
        String topic = "audit.replay." + UUID.randomUUID();

        HttpResponse<String> started = post("/api/v1/admin/streams/republish", """
                {"fromPosition": %d, "organizationId": "%s", "topic": "%s"}""".formatted(from, acme, topic));
        assertThat(started.statusCode()).isEqualTo(202);
        String job = json.readTree(started.body()).get("republishId").asText();
        JsonNode done = awaitBody("/api/v1/admin/streams/republish/" + job,
                body -> !body.get("state").asText().equals("RUNNING"));

        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("eventsSent").asLong()).isEqualTo(2);
        List<ConsumerRecord<String, String>> replayed = consume(topic, new StringDeserializer(), record -> true, 2);
        assertThat(replayed).extracting(ConsumerRecord::key).containsOnly(acme).doesNotContain(other);
        assertThat(replayed).extracting(record -> header(record, "ce_sequencenumber")).containsExactly("0", "1");
        assertThat(jdbc.sql("SELECT count(*) FROM kafka_record_trace WHERE republish_id = ?::uuid AND topic = ?")
                .params(job, topic).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theForwardingLagIsExposedAndReachesZero() throws Exception {
        registerOrganization("Lag Watch");

        JsonNode lag = awaitBody("/api/v1/admin/streams/lag", body -> body.get("lag").asLong() == 0);

        assertThat(lag.get("name").asText()).isEqualTo("kafka-forwarder");
        assertThat(lag.get("segments")).hasSizeGreaterThan(0);
        JsonNode metric = awaitBody("/actuator/metrics/ledger.processor.lag?tag=processor:kafka-forwarder",
                body -> body.get("measurements").get(0).get("value").asDouble() == 0.0);
        assertThat(metric.get("baseUnit").asText()).isEqualTo("events");
    }

    @Test
    void aRepublishWithABadTopicNameIsRefused() throws Exception {
        HttpResponse<String> response = post("/api/v1/admin/streams/republish", """
                {"fromPosition": 1, "topic": "no spaces allowed"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("topic");
    }

    private String registerOrganization(String name) throws Exception {
        return json.readTree(post("/api/v1/organizations", """
                {"name": "%s", "defaultCurrency": "EUR"}""".formatted(name)).body()).get("organizationId").asText();
    }

    private static String header(ConsumerRecord<String, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    interface Match<V> {
        boolean test(ConsumerRecord<String, V> record);
    }

    private static <V> List<ConsumerRecord<String, V>> consume(String topic, Deserializer<V> values, Match<V> match,
            int wanted) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "streams-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).as("records on " + topic).hasSize(wanted);
        return found;
    }
}
