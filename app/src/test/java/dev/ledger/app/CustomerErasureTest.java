package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledger.kernel.customer.CustomerRegistered;
import dev.ledger.kernel.customer.PersonalData;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forgetting a customer: crypto-shredded personal data in the store, erased everywhere it is read; amounts intact. */
class CustomerErasureTest extends ServiceTest {

    private static final String EMAIL = "Erin.Erasure@Example.ORG";
    private static final String NAME = "Erin Erasure";
    private static final String STREET = "Forgetmenot Lane 7";
    private static final String WALLET = "0x52908400098527886E0F7030069857D2E4169EE7";

    @Autowired
    EventStore eventStore;

    private String org;
    private String customer;
    private String order;

    @BeforeEach
    void aCustomerWithACapturedOrder() throws Exception {
        org = json.readTree(post("/api/v1/organizations", """
                {"name": "Erasure Test", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        HttpResponse<String> registered = post(base() + "/customers", """
                {"externalReference": "erase-%s", "country": "DE", "email": "%s", "name": "%s",
                 "address": {"lines": ["%s"], "city": "Berlin", "postalCode": "10115", "country": "DE"}}
                """.formatted(UUID.randomUUID(), EMAIL, NAME, STREET));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        customer = json.readTree(registered.body()).get("id").asText();
        String card = json.readTree(post(base() + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "4242424242424242", "expiryMonth": 12, "expiryYear": 2099}""").body())
                .get("id").asText();
        assertThat(post(base() + "/customers/" + customer + "/payment-methods", """
                {"type": "CRYPTO_WALLET", "network": "ethereum", "address": "%s"}""".formatted(WALLET)).statusCode())
                .isEqualTo(201);
        order = json.readTree(post(base() + "/payment-orders", """
                {"customerId": "%s", "paymentMethodId": "%s", "amountMinor": 10000, "currency": "EUR"}"""
                .formatted(customer, card)).body()).get("paymentOrderId").asText();
        assertThat(post(base() + "/payment-orders/" + order + "/authorize", """
                {"amountMinor": 10000, "currency": "EUR"}""").statusCode()).isEqualTo(200);
        assertThat(post(base() + "/payment-orders/" + order + "/capture", """
                {"amountMinor": 6000, "currency": "EUR"}""").statusCode()).isEqualTo(200);
    }

    @Test
    void theStoreHoldsNoPlaintextPersonalDataAndTheCustomerHasAWrappedKey() {
        String payloads = String.join("\n", payloadsOf(customer).values());

        assertThat(payloads).doesNotContain("Erin", "Erasure@", "example.org", "Forgetmenot", "Berlin", WALLET)
                .contains("\"personalData\":{\"enc\":\"v1\"");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?::uuid AND length(wrapped_key) = 60")
                .param(customer).query(Long.class).single()).isEqualTo(1);
        CustomerRegistered read = (CustomerRegistered) history(customer).get(0).getPayload();
        assertThat(read.personalData().email().value()).isEqualTo("Erin.Erasure@example.org");
        assertThat(read.personalData().address().lines()).containsExactly(STREET);
    }

    @Test
    void liveKafkaRecordsGiveDownstreamThePersonalDataWhileTheCustomerIsKnown() {
        JsonNode registered = json(consume("ledger.customer", customer, 1).get(0).value());

        assertThat(registered.at("/personalData/name").asText()).isEqualTo(NAME);
        assertThat(registered.at("/personalData/erased").asBoolean()).isFalse();
    }

    @Test
    void afterForgettingHistoryReadsErasedWithAmountsIntactAndNoStoredByteChanged() throws Exception {
        awaitBody(base() + "/customers/" + customer, body -> NAME.equals(body.path("name").asText()));
        Map<String, String> customerBefore = payloadsOf(customer);
        Map<String, String> orderBefore = payloadsOf(order);

        HttpResponse<String> forgotten = post(base() + "/customers/" + customer + "/forget", """
                {"ground": "DATA_SUBJECT_REQUEST"}""");

        assertThat(forgotten.statusCode()).as(forgotten.body()).isEqualTo(200);
        Map<String, String> customerAfter = payloadsOf(customer);
        assertThat(customerAfter).containsAllEntriesOf(customerBefore).hasSize(customerBefore.size() + 1);
        assertThat(payloadsOf(order)).isEqualTo(orderBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_key WHERE customer_id = ?::uuid").param(customer)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT ground FROM personal_data_key_tombstone WHERE customer_id = ?::uuid").param(customer)
                .query(String.class).single()).isEqualTo("DATA_SUBJECT_REQUEST");
        // (c) history through the event store
        CustomerRegistered registered = (CustomerRegistered) history(customer).get(0).getPayload();
        assertThat(registered.personalData()).isEqualTo(PersonalData.ERASED);
        assertThat(registered.country().code()).isEqualTo("DE");
        PaymentCaptured captured = history(order).stream().map(DomainEventMessage::getPayload)
                .filter(PaymentCaptured.class::isInstance).map(PaymentCaptured.class::cast).findFirst().orElseThrow();
        assertThat(captured.amount().amountMinor()).isEqualTo(6000);
        // (e) the read model
        JsonNode view = awaitBody(base() + "/customers/" + customer, body -> !body.path("forgottenAt").isNull());
        assertThat(view.get("email").isNull()).isTrue();
        assertThat(view.get("name").isNull()).isTrue();
        assertThat(view.get("country").asText()).isEqualTo("DE");
        JsonNode wallet = awaitBody(base() + "/customers/" + customer + "/payment-methods",
                body -> body.findValues("walletAddress").stream().allMatch(JsonNode::isNull));
        assertThat(wallet.findValues("type").stream().map(JsonNode::asText)).contains("CRYPTO_WALLET");
        JsonNode orderView = awaitBody(base() + "/payment-orders/" + order, body -> true);
        assertThat(orderView.toString()).contains("6000");
        // no new personal data may be recorded
        HttpResponse<String> update = post(base() + "/customers/" + customer + "/details", """
                {"country": "DE", "email": "new@example.com", "name": "New Name"}""");
        assertThat(update.statusCode()).isEqualTo(422);
        assertThat(json.readTree(update.body()).get("code").asText()).isEqualTo("CustomerIsForgotten");
    }

    @Test
    void aRepublishAfterForgettingCarriesErasedPersonalData() throws Exception {
        assertThat(post(base() + "/customers/" + customer + "/forget", "").statusCode()).isEqualTo(200);
        long from = jdbc.sql("SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(customer).query(Long.class).single();
        String topic = "erasure.replay." + UUID.randomUUID();

        HttpResponse<String> started = post("/api/v1/admin/streams/republish", """
                {"fromPosition": %d, "organizationId": "%s", "topic": "%s"}""".formatted(from, org, topic));
        assertThat(started.statusCode()).isEqualTo(202);
        String job = json.readTree(started.body()).get("republishId").asText();
        awaitBody("/api/v1/admin/streams/republish/" + job, body -> body.get("state").asText().equals("COMPLETED"));

        List<ConsumerRecord<String, String>> replayed = consume(topic, customer, 4);
        JsonNode registered = json(replayed.get(0).value());
        assertThat(registered.at("/personalData/erased").asBoolean()).isTrue();
        assertThat(registered.at("/personalData/email").isNull()).isTrue();
        assertThat(replayed).extracting(ConsumerRecord::value)
                .noneMatch(value -> value.contains("Erin") || value.contains(WALLET));
        JsonNode captured = json(consume(topic, order, 3).get(2).value());
        assertThat(captured.at("/amount/amountMinor").asLong()).isEqualTo(6000);
    }

    @Test
    void aProjectionRebuildAfterForgettingYieldsErasedFields() throws Exception {
        awaitBody(base() + "/customers/" + customer, body -> NAME.equals(body.path("name").asText()));
        assertThat(post(base() + "/customers/" + customer + "/forget", "").statusCode()).isEqualTo(200);
        awaitBody(base() + "/customers/" + customer, body -> !body.path("forgottenAt").isNull());
        // A damaged row: only the rebuild from the events can bring back what the view shows.
        jdbc.sql("UPDATE customer_view SET email = NULL, name = NULL, forgotten_at = NULL WHERE customer_id = ?::uuid")
                .param(customer).update();

        assertThat(post("/api/v1/admin/projections/customer-read-model/rebuild", "").statusCode()).isEqualTo(202);
        awaitBody("/api/v1/admin/projections/customer-read-model/rebuild",
                body -> body.get("state").asText().equals("COMPLETED"));

        JsonNode view = awaitBody(base() + "/customers/" + customer, body -> !body.path("forgottenAt").isNull());
        assertThat(view.get("email").isNull()).isTrue();
        assertThat(view.get("name").isNull()).isTrue();
    }

    @Test
    void aRowStoredBeforeEncryptionStillReadsAndReadsErasedOnceForgotten() throws Exception {
        String legacy = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                            payloadtype, payloadrevision, payload, metadata)
                        VALUES (?, ?, 0, 'Customer', ?, ?, '1', ?, '{}')
                        """)
                .params(UUID.randomUUID().toString(), legacy, Instant.now().toString(), CustomerRegistered.class.getName(),
                        """
                        {"organizationId":"%s","customerId":"%s","externalReference":"legacy-%s","country":"FR",\
                        "personalData":{"email":"old@example.fr","name":"Old Plain","address":null}}"""
                                .formatted(org, legacy, legacy))
                .update();

        CustomerRegistered before = (CustomerRegistered) history(legacy).get(0).getPayload();
        assertThat(before.personalData().name().value()).isEqualTo("Old Plain");

        assertThat(post(base() + "/customers/" + legacy + "/forget", "").statusCode()).isEqualTo(200);

        CustomerRegistered after = (CustomerRegistered) history(legacy).get(0).getPayload();
        assertThat(after.personalData()).isEqualTo(PersonalData.ERASED);
    }

    private String base() {
        return "/api/v1/organizations/" + org;
    }

    private List<? extends DomainEventMessage<?>> history(String aggregate) {
        return eventStore.readEvents(aggregate).asStream().toList();
    }

    /** Event id to stored payload text, in the order of the aggregate's sequence. */
    private Map<String, String> payloadsOf(String aggregate) {
        Map<String, String> payloads = new LinkedHashMap<>();
        jdbc.sql("SELECT eventidentifier, payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(aggregate)
                .query((row, n) -> payloads.put(row.getString(1), row.getString(2)))
                .list();
        return payloads;
    }

    private static JsonNode json(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<ConsumerRecord<String, String>> consume(String topic, String key, int wanted) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "erasure-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).as("records of " + key + " on " + topic).hasSizeGreaterThanOrEqualTo(wanted);
        return found;
    }
}
