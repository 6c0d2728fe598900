package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** The whole slice as a client sees it: HTTP in, event store, read model, Kafka out. Real PostgreSQL and Kafka. */
class OrganizationEndToEndTest extends ServiceTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    HandlerMapping handlerMapping;

    @Autowired
    RequestMappingHandlerAdapter handlerAdapter;

    @Test
    void aRegisteredOrganizationCanBeReadBackAndIsStreamedToKafka() throws Exception {
        HttpResponse<String> created = post("/api/v1/organizations", """
                {"name": "Acme Payments", "defaultCurrency": "EUR"}""");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("organizationId").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/organizations/" + id);

        JsonNode organization = awaitBody("/api/v1/organizations/" + id, body -> true);
        assertThat(organization.get("name").asText()).isEqualTo("Acme Payments");
        assertThat(organization.get("defaultCurrency").asText()).isEqualTo("EUR");
        assertThat(organization.get("version").asLong()).isZero();

        String storedPayload = jdbc.sql("SELECT payload FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(String.class).single();
        assertThat(json.readTree(storedPayload).get("name").asText()).isEqualTo("Acme Payments");

        ConsumerRecord<String, String> record = firstRecordFor("ledger.organization", id);
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree(storedPayload));
        Map<String, String> headers = headers(record);
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_organizationid", id)
                .containsEntry("ce_sequencenumber", "0")
                .containsEntry("ce_type", "dev.ledger.organization.OrganizationRegistered.v1")
                .containsKeys("ce_id", "ce_time", "ce_globalposition");
        String eventId = jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(String.class).single();
        assertThat(headers).containsEntry("ce_id", eventId);
        // The command that caused the event: Axon's trace id in the stored metadata, the same in the record.
        JsonNode metadata = json.readTree(jdbc.sql("SELECT metadata FROM domainevententry WHERE aggregateidentifier = :id")
                .param("id", id).query(String.class).single());
        assertThat(metadata.get("traceId").asText()).isNotBlank();
        assertThat(headers).containsEntry("ce_correlationid", metadata.get("traceId").asText())
                .containsEntry("ce_causationid", metadata.get("correlationId").asText());
        // An auditor can trace the stored event to exactly this Kafka record.
        awaitCount("SELECT count(*) FROM kafka_record_trace WHERE event_id = ?", eventId, 1);
        Map<String, Object> trace = jdbc.sql("""
                        SELECT t.topic, t.kafka_partition, t.kafka_offset FROM kafka_record_trace t
                        JOIN domainevententry e ON e.globalindex = t.global_position WHERE e.eventidentifier = ?""")
                .param(eventId).query().singleRow();
        assertThat(trace).containsEntry("topic", "ledger.organization")
                .containsEntry("kafka_partition", record.partition())
                .containsEntry("kafka_offset", record.offset());
    }

    @Test
    void renamingIsReflectedInTheReadModelWithTheNewVersion() throws Exception {
        String id = json.readTree(post("/api/v1/organizations", """
                {"name": "Globex", "defaultCurrency": "USD"}""").body()).get("organizationId").asText();

        HttpResponse<String> renamed = post("/api/v1/organizations/" + id + "/rename", """
                {"name": "Globex Corporation"}""");

        assertThat(renamed.statusCode()).isEqualTo(200);
        JsonNode organization = awaitBody("/api/v1/organizations/" + id, body -> body.get("version").asLong() == 1);
        assertThat(organization.get("name").asText()).isEqualTo("Globex Corporation");
    }

    @Test
    void invalidInputIsAProblemNamingEachFieldAndWritesNothing() throws Exception {
        long eventsBefore = eventCount();

        HttpResponse<String> response = post("/api/v1/organizations", """
                {"name": "  ", "defaultCurrency": "EURO"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "defaultCurrency");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void answersAndProblemsGoOutWithTheirLengthNotChunked() throws Exception {
        HttpResponse<String> created = post("/api/v1/organizations", """
                {"name": "Sized Payments", "defaultCurrency": "EUR"}""");
        HttpResponse<String> problem = post("/api/v1/organizations", """
                {"name": "", "defaultCurrency": "EUR"}""");

        for (HttpResponse<String> response : List.of(created, problem)) {
            assertThat(response.headers().firstValue("Content-Length"))
                    .contains(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        }
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(problem.statusCode()).isEqualTo(400);
    }

    @Test
    void theActuatorKeepsItsOwnJsonMapperBesideTheSizedConverter() {
        // Spring Boot registers a mapper for endpoint answers on the converter that the sized one replaces.
        HttpMessageConverter<?> json = handlerAdapter.getMessageConverters().stream()
                .filter(converter -> converter.getClass().getSimpleName().equals("SizedJsonConverter"))
                .findFirst().orElseThrow();

        assertThat(((MappingJackson2HttpMessageConverter) json).getObjectMappersForType(OperationResponseBody.class))
                .isNotEmpty();
    }

    @Test
    void requestsFindTheirMappingByItsLiteralStartAndAnswerAsSpringDoes() throws Exception {
        HttpResponse<String> created = post("/api/v1/organizations", """
                {"name": "Routed Payments", "defaultCurrency": "EUR"}""");
        String id = json.readTree(created.body()).get("organizationId").asText();
        awaitBody("/api/v1/organizations/" + id, body -> true);

        // Patterns match a path decoded: an escaped letter still finds the organization.
        HttpResponse<String> escaped = http.send(HttpRequest.newBuilder(uri("/api/v1/organization%73/" + id))
                .header("Authorization", "Bearer " + keyFor(id)).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongMethod = http.send(request("/api/v1/organizations/" + id + "/rename").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = get("/api/v1/organizations/" + id + "/nothing-here");

        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(json.readTree(escaped.body()).get("name").asText()).isEqualTo("Routed Payments");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(handlerMapping.getClass().getSimpleName()).isEqualTo("LiteralPrefixHandlerMapping");
    }

    @Test
    void unknownFieldsAreRefusedAndNamed() throws Exception {
        long eventsBefore = eventCount();

        HttpResponse<String> response = post("/api/v1/organizations", """
                {"name": "Initech", "defaultCurrency": "EUR", "tenant": "someone-else"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("tenant");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownOrganizationIsNotFound() throws Exception {
        HttpResponse<String> read = get("/api/v1/organizations/0190f3a2-7c4e-7abc-8def-0123456789ab");
        HttpResponse<String> rename = post("/api/v1/organizations/0190f3a2-7c4e-7abc-8def-0123456789ab/rename", """
                {"name": "Nobody"}""");

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(rename.statusCode()).isEqualTo(404);
        assertThat(json.readTree(read.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aMalformedOrganizationIdIsNotFoundLikeAnyOtherOrganization() throws Exception {
        HttpResponse<String> read = http.send(request("/api/v1/organizations/not-a-uuid")
                .setHeader("Authorization", "Bearer " + keyFor(OrganizationId.newId().toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theServiceDescribesItsApiAndHealth() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        HttpResponse<String> health = get("/actuator/health");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").has("/api/v1/organizations")).isTrue();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
    }

    private static ConsumerRecord<String, String> firstRecordFor(String topic, String key) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-" + key);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            List<String> seenKeys = new ArrayList<>();
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                    seenKeys.add(record.key());
                }
            }
            throw new AssertionError("no record with key " + key + " on " + topic + " within 30 s; saw " + seenKeys);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
