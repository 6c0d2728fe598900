package dev.ledger.app;

import static dev.ledger.app.SensitiveValues.CARD_NUMBER;
import static dev.ledger.app.SensitiveValues.EMAIL;
import static dev.ledger.app.SensitiveValues.IBAN;
import static dev.ledger.app.SensitiveValues.IBAN_AS_TYPED;
import static dev.ledger.app.SensitiveValues.MISPLACED_CARD_NUMBER;
import static dev.ledger.app.SensitiveValues.MISTYPED_CARD_NUMBER;
import static dev.ledger.app.SensitiveValues.NAME;
import static dev.ledger.app.SensitiveValues.NEW_NAME;
import static dev.ledger.app.SensitiveValues.STREET;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A full scenario with card numbers, an IBAN and personal data, good and bad input, forgetting, a re-publish and a
 * rebuild, while every log line of the service is captured: none may hold a card number, IBAN, personal data or
 * key. The service's own code and Axon run at DEBUG, everything else at its configured level (INFO). Spring's web
 * DEBUG logs are left out: they quote request lines, parser errors and request bodies, which hold whatever a client
 * typed where (a card number sent as a path segment or an id), so they must stay off in production.
 */
class PiiFreeLogsTest extends ServiceTest {

    private static final Map<String, Level> VERBOSE = Map.of(
            "dev.ledger", Level.DEBUG,
            "org.axonframework", Level.DEBUG);

    private final List<String> keysUsed = new ArrayList<>();

    @Test
    void aFullScenarioLogsNoCardNumberIbanPersonalDataOrKey() throws Exception {
        Map<String, String> leaks;
        try (LogCapture logs = LogCapture.start(VERBOSE)) {
            String forgotten = scenario();

            assertThat(logs.lines()).as("the capture saw the scenario").hasSizeGreaterThan(50)
                    .anyMatch(line -> line.contains("re-publish") && line.contains("completed"))
                    .anyMatch(line -> line.contains("rebuild of customer-read-model"))
                    .anyMatch(line -> line.contains(forgotten));
            List<String> forbidden = new ArrayList<>(SensitiveValues.forbidden());
            forbidden.addAll(keysUsed);
            leaks = logs.leaks(forbidden);
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theScanFindsASensitiveValueThatIsLogged() {
        Map<String, String> leaks;
        try (LogCapture logs = LogCapture.start(Map.of())) {
            LoggerFactory.getLogger("dev.ledger.careless").warn("charging card {}", CARD_NUMBER,
                    new IllegalStateException("customer " + NAME));
            leaks = logs.leaks(SensitiveValues.forbidden());
        }
        assertThat(leaks).containsOnlyKeys(CARD_NUMBER, NAME, "Leakfree");
    }

    /** Returns the id of the customer it forgot. */
    private String scenario() throws Exception {
        JsonNode accepted = json.readTree(post("/api/v1/organizations", """
                {"name": "Log Scan", "defaultCurrency": "EUR"}""").body());
        String org = accepted.get("organizationId").asText();
        // Credentials are as secret as personal data: the first admin key, the test's key, the platform key.
        keysUsed.add(accepted.get("apiKey").get("key").asText());
        keysUsed.add(keyFor(org));
        keysUsed.add(dev.ledger.testsupport.TestInfrastructure.PLATFORM_ADMIN_KEY);
        String base = "/api/v1/organizations/" + org;
        String customer = created(post(base + "/customers", """
                {"externalReference": "log-%s", "country": "DE", "email": "%s", "name": "%s",
                 "address": {"lines": ["%s"], "city": "Hamburg", "postalCode": "20095", "country": "DE"}}
                """.formatted(UUID.randomUUID(), EMAIL, NAME, STREET)));
        String card = created(post(base + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(CARD_NUMBER)));
        created(post(base + "/customers/" + customer + "/payment-methods", """
                {"type": "BANK_ACCOUNT", "iban": "%s", "bankName": "Commerzbank"}""".formatted(IBAN_AS_TYPED)));
        created(post(base + "/customers/" + customer + "/payment-methods", """
                {"type": "CRYPTO_WALLET", "network": "ethereum", "address": "%s"}""".formatted(SensitiveValues.WALLET)));
        String order = json.readTree(post(base + "/payment-orders", """
                {"customerId": "%s", "paymentMethodId": "%s", "amountMinor": 10000, "currency": "EUR"}"""
                .formatted(customer, card)).body()).get("paymentOrderId").asText();
        ok(post(base + "/payment-orders/" + order + "/authorize", "{\"amountMinor\": 10000, \"currency\": \"EUR\"}"));
        ok(post(base + "/payment-orders/" + order + "/capture", "{\"amountMinor\": 6000, \"currency\": \"EUR\"}"));
        ok(post(base + "/payment-orders/" + order + "/refund",
                "{\"amountMinor\": 1500, \"currency\": \"EUR\", \"reason\": \"damaged item\"}"));
        ok(post(base + "/customers/" + customer + "/details", """
                {"country": "DE", "email": "%s", "name": "%s"}""".formatted(EMAIL, NEW_NAME)));

        badInput(customer, base);

        ok(post(base + "/customers/" + customer + "/forget", "{\"ground\": \"DATA_SUBJECT_REQUEST\"}"));
        assertThat(post(base + "/customers/" + customer + "/details", """
                {"country": "DE", "email": "%s", "name": "%s"}""".formatted(EMAIL, NAME)).statusCode()).isEqualTo(422);
        awaitBody(base + "/customers/" + customer, body -> !body.path("forgottenAt").isNull());
        awaitBody(base + "/payment-orders/" + order, body -> body.get("status").asText().equals("PARTIALLY_REFUNDED"));
        awaitBody("/api/v1/admin/streams/lag", body -> body.get("lag").asLong() == 0);

        String job = json.readTree(post("/api/v1/admin/streams/republish", """
                {"fromPosition": 1, "organizationId": "%s", "topic": "log-scan.%s"}""".formatted(org, UUID.randomUUID()))
                .body()).get("republishId").asText();
        awaitBody("/api/v1/admin/streams/republish/" + job, body -> body.get("state").asText().equals("COMPLETED"));
        assertThat(post("/api/v1/admin/projections/customer-read-model/rebuild", "").statusCode()).isEqualTo(202);
        awaitBody("/api/v1/admin/projections/customer-read-model/rebuild",
                body -> body.get("state").asText().equals("COMPLETED"));
        return customer;
    }

    /** Requests that carry a card number, IBAN or personal data where it does not belong: each a 400. */
    private void badInput(String customer, String base) throws Exception {
        String methods = base + "/customers/" + customer + "/payment-methods";
        rejected(post(methods, """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(MISTYPED_CARD_NUMBER)));
        rejected(post(methods, """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": "%s", "expiryYear": 2099}"""
                .formatted(CARD_NUMBER, MISPLACED_CARD_NUMBER)));
        rejected(post(methods, """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, """.formatted(MISPLACED_CARD_NUMBER)));
        rejected(post(methods, """
                {"type": "CARD", "pan": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(MISPLACED_CARD_NUMBER)));
        rejected(post(methods, """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(IBAN)));
        rejected(post(methods, """
                {"type": "BANK_ACCOUNT", "iban": "%s"}""".formatted(MISPLACED_CARD_NUMBER)));
        rejected(post(base + "/customers/" + MISPLACED_CARD_NUMBER + "/payment-methods", """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(CARD_NUMBER)));
        rejected(get(base + "/customers?limit=" + MISPLACED_CARD_NUMBER));
        rejected(get(base + "/payment-orders?status=" + MISPLACED_CARD_NUMBER));
        rejected(post(base + "/customers", """
                {"externalReference": "%s", "country": "DE", "email": "%s <%s>", "name": "%s"}"""
                .formatted(EMAIL, NAME, EMAIL, "\\u0007" + NAME)));
        rejected(post(base + "/payment-orders", """
                {"customerId": "%s", "paymentMethodId": "%s", "amountMinor": "%s", "currency": "EUR"}"""
                .formatted(customer, MISPLACED_CARD_NUMBER, MISPLACED_CARD_NUMBER)));
        HttpResponse<String> keyed = http.send(request(methods)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", MISPLACED_CARD_NUMBER + " " + NAME)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"CARD\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        rejected(keyed);
    }

    private String created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asText();
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static void rejected(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    }
}
