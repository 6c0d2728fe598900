package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers, payment methods and payment orders over HTTP, against the real database and broker. */
class PaymentsEndToEndTest extends ServiceTest {

    private static final String VISA = "4242424242424242";

    private String org;
    private String customer;
    private String card;

    @BeforeEach
    void anOrganizationWithACustomerAndACard() throws Exception {
        org = json.readTree(post("/api/v1/organizations", """
                {"name": "Payments Test", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        HttpResponse<String> registered = post(base() + "/customers", """
                {"externalReference": "cust-%s", "country": "DE", "email": "Jane.Doe@Example.COM", "name": "Jane Doe",
                 "address": {"lines": ["Hauptstr. 1"], "city": "Berlin", "postalCode": "10115", "country": "DE"}}
                """.formatted(UUID.randomUUID()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        customer = json.readTree(registered.body()).get("id").asText();
        HttpResponse<String> added = post(base() + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "%s", "expiryMonth": 12, "expiryYear": 2099}""".formatted(VISA));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        card = json.readTree(added.body()).get("id").asText();
    }

    @Test
    void aCustomerIsReadBackWithAMaskedCardAndTheCardNumberIsStoredNowhere() throws Exception {
        JsonNode view = awaitBody(base() + "/customers/" + customer, body -> body.get("defaultPaymentMethodId") != null
                && card.equals(body.get("defaultPaymentMethodId").asText()));
        assertThat(view.get("email").asText()).isEqualTo("Jane.Doe@example.com");
        JsonNode methods = json.readTree(get(base() + "/customers/" + customer + "/payment-methods").body());
        assertThat(methods.get(0).get("cardBrand").asText()).isEqualTo("VISA");
        assertThat(methods.get(0).get("cardLast4").asText()).isEqualTo("4242");
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payload LIKE ?").param("%" + VISA + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCardFailingTheLuhnCheckIsRejectedNamingTheFieldAndWritesNothing() throws Exception {
        long before = eventCount();

        HttpResponse<String> response = post(base() + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "4242424242424241", "expiryMonth": 12, "expiryYear": 2099}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("cardNumber");
        assertThat(response.body()).doesNotContain("4242424242424241");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void ordersGetGapFreeNumbersOfTheDayAndMoveThroughTheirLifecycle() throws Exception {
        String first = createOrder(10_000);
        String second = createOrder(2_500);
        String day = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);

        assertThat(awaitBody(base() + "/payment-orders/" + first, body -> true).get("orderNumber").asText())
                .isEqualTo(day + "-000001");
        assertThat(awaitBody(base() + "/payment-orders/" + second, body -> true).get("orderNumber").asText())
                .isEqualTo(day + "-000002");

        assertThat(transition(first, "authorize", 10_000).statusCode()).isEqualTo(200);
        assertThat(transition(first, "capture", 6_000).statusCode()).isEqualTo(200);
        assertThat(transition(first, "capture", 4_000).statusCode()).isEqualTo(200);
        HttpResponse<String> overCapture = transition(first, "capture", 1);
        assertThat(overCapture.statusCode()).isEqualTo(422);
        assertThat(json.readTree(overCapture.body()).get("code").asText()).isEqualTo("CaptureExceedsAuthorized");
        assertThat(transition(first, "refund", 2_500).statusCode()).isEqualTo(200);
        assertThat(post(base() + "/payment-orders/" + second + "/cancel", "{\"reason\": \"customer changed mind\"}")
                .statusCode()).isEqualTo(200);

        JsonNode captured = awaitBody(base() + "/payment-orders/" + first, body -> body.get("version").asLong() == 4);
        assertThat(captured.get("status").asText()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(captured.get("capturedMinor").asLong()).isEqualTo(10_000);
        assertThat(captured.get("refundedMinor").asLong()).isEqualTo(2_500);

        awaitBody(base() + "/payment-orders/" + second, body -> body.get("status").asText().equals("CANCELED"));
        JsonNode canceledOnly = json.readTree(get(base() + "/payment-orders?status=CANCELED&includeTotal=true").body());
        assertThat(canceledOnly.get("items").findValuesAsText("paymentOrderId")).containsExactly(second);
        assertThat(canceledOnly.get("total").asLong()).isEqualTo(1);
        JsonNode bigOnes = json.readTree(get(base() + "/payment-orders?amountMin=5000&sort=-amount").body());
        assertThat(bigOnes.get("items").findValuesAsText("paymentOrderId")).containsExactly(first);
    }

    @Test
    void concurrentCreatesGetDistinctGapFreeOrderNumbers() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> created = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                created.add(clients.submit(() -> {
                    start.await();
                    return createOrder(1_000);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> order : created) {
                numbers.add(awaitBody(base() + "/payment-orders/" + order.get(), body -> true).get("orderNumber").asText());
            }
            String day = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 16; n++) {
                expected.add(day + "-%06d".formatted(n));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anIllegalTransitionIsAConflictAndWritesNothing() throws Exception {
        String order = createOrder(1_000);
        long before = eventCount();

        HttpResponse<String> refundBeforeCapture = transition(order, "refund", 100);

        assertThat(refundBeforeCapture.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refundBeforeCapture.body()).get("code").asText()).isEqualTo("IllegalPaymentTransition");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aStaleVersionInIfMatchIsAConflictAndWritesNothing() throws Exception {
        String order = createOrder(1_000);
        HttpResponse<String> read = get(base() + "/payment-orders/" + order);
        String etag = awaitEtag(order, "\"0\"");
        assertThat(transition(order, "authorize", 1_000, etag).statusCode()).isEqualTo(200);
        long before = eventCount();

        HttpResponse<String> stale = transition(order, "capture", 1_000, etag);

        assertThat(read.statusCode()).isIn(200, 404);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(transition(order, "capture", 1_000, "\"1\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anIdempotentRetryOfACreateHasOneEffectAndAReusedKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = orderBody(777);
        HttpResponse<String> first = postWithKey(base() + "/payment-orders", body, key);
        long after = eventCount();
        HttpResponse<String> retry = postWithKey(base() + "/payment-orders", body, key);
        HttpResponse<String> reused = postWithKey(base() + "/payment-orders", orderBody(778), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json.readTree(retry.body())).isEqualTo(json.readTree(first.body()));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void thirtyTwoConcurrentRefundsNeverRefundMoreThanWasCaptured() throws Exception {
        String order = createOrder(10_000);
        assertThat(transition(order, "authorize", 10_000).statusCode()).isEqualTo(200);
        assertThat(transition(order, "capture", 10_000).statusCode()).isEqualTo(200);

        ExecutorService clients = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                answers.add(clients.submit((Callable<Integer>) () -> {
                    start.await();
                    return transition(order, "refund", 1_000).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertThat(byStatus.get(200)).isEqualTo(10);
            assertThat(byStatus.keySet()).allMatch(status -> status == 200 || status == 409 || status == 422);
        } finally {
            clients.shutdownNow();
        }

        long refunded = jdbc.sql("""
                        SELECT coalesce(sum((payload::jsonb -> 'amount' ->> 'amountMinor')::bigint), 0) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%PaymentRefunded'
                        """).param(order).query(Long.class).single();
        assertThat(refunded).isEqualTo(10_000);
        JsonNode view = awaitBody(base() + "/payment-orders/" + order, body -> body.get("status").asText().equals("REFUNDED"));
        assertThat(view.get("refundedMinor").asLong()).isEqualTo(10_000);
    }

    @Test
    void anotherTenantCannotSeeOrChangeTheOrder() throws Exception {
        String order = createOrder(1_000);
        awaitBody(base() + "/payment-orders/" + order, body -> true);
        String other = json.readTree(post("/api/v1/organizations", """
                {"name": "Someone Else", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        long before = eventCount();

        HttpResponse<String> read = get("/api/v1/organizations/" + other + "/payment-orders/" + order);
        HttpResponse<String> capture = post("/api/v1/organizations/" + other + "/payment-orders/" + order + "/cancel", "{\"reason\": \"not yours\"}");
        JsonNode list = json.readTree(get("/api/v1/organizations/" + other + "/payment-orders").body());
        HttpResponse<String> customerRead = get("/api/v1/organizations/" + other + "/customers/" + customer);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(capture.statusCode()).isEqualTo(404);
        assertThat(list.get("items")).isEmpty();
        assertThat(customerRead.statusCode()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void withoutAGatewayAdapterAProviderAuthorizationIsRefusedAndRecordsNothing() throws Exception {
        String order = createOrder(1_000);
        long before = eventCount();

        HttpResponse<String> response = post(base() + "/payment-orders/" + order + "/authorize-with-provider", "");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("NoPaymentProviderConfigured");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMethodWithAPendingOrderCannotBeRemoved() throws Exception {
        createOrder(1_000);
        long before = eventCount();

        HttpResponse<String> removal = post(base() + "/customers/" + customer + "/payment-methods/" + card + "/remove", "");

        assertThat(removal.statusCode()).isEqualTo(409);
        assertThat(json.readTree(removal.body()).get("code").asText()).isEqualTo("PaymentMethodHasPendingOrders");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anOrderCapturedInPartsNoLongerHoldsItsMethod() throws Exception {
        String order = createOrder(1_000);
        assertThat(transition(order, "authorize", 1_000).statusCode()).isEqualTo(200);
        assertThat(transition(order, "capture", 400).statusCode()).isEqualTo(200);
        assertThat(transition(order, "capture", 600).statusCode()).isEqualTo(200);

        HttpResponse<String> removal = post(base() + "/customers/" + customer + "/payment-methods/" + card + "/remove", "");

        assertThat(removal.statusCode()).as(removal.body()).isEqualTo(200);
    }

    private String base() {
        return "/api/v1/organizations/" + org;
    }

    private String orderBody(long amountMinor) {
        return """
                {"customerId": "%s", "paymentMethodId": "%s", "amountMinor": %d, "currency": "EUR", "taxMinor": 100,
                 "description": "test order"}""".formatted(customer, card, amountMinor);
    }

    @Test
    void anotherOrganizationsOrderWithAnyIfMatchLooksMissingAndIsLeftAlone() throws Exception {
        String order = createOrder(500);
        String other = json.readTree(post("/api/v1/organizations", """
                {"name": "Prying", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        long before = eventCount();

        for (String ifMatch : List.of("\"0\"", "\"7\"")) {
            HttpResponse<String> prying = http.send(request("/api/v1/organizations/" + other + "/payment-orders/" + order + "/cancel")
                            .header("Content-Type", "application/json").header("If-Match", ifMatch)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"test\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> missing = http.send(request("/api/v1/organizations/" + other + "/payment-orders/"
                            + UUID.randomUUID() + "/cancel")
                            .header("Content-Type", "application/json").header("If-Match", ifMatch)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"test\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(prying.statusCode()).as(ifMatch + " " + prying.body()).isEqualTo(404);
            assertThat(json.readTree(prying.body()).get("detail")).isEqualTo(json.readTree(missing.body()).get("detail"));
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    private String createOrder(long amountMinor) throws Exception {
        HttpResponse<String> created = post(base() + "/payment-orders", orderBody(amountMinor));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("paymentOrderId").asText();
    }

    private HttpResponse<String> transition(String order, String action, long amountMinor) throws Exception {
        return transition(order, action, amountMinor, null);
    }

    private HttpResponse<String> transition(String order, String action, long amountMinor, String ifMatch) throws Exception {
        HttpRequest.Builder request = request(base() + "/payment-orders/" + order + "/" + action)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"amountMinor": %d, "currency": "EUR", "reason": "test"}""".formatted(amountMinor)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitEtag(String order, String expected) throws Exception {
        awaitBody(base() + "/payment-orders/" + order, body -> true);
        String etag = get(base() + "/payment-orders/" + order).headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo(expected);
        return etag;
    }

    private HttpResponse<String> postWithKey(String path, String body, String key) throws Exception {
        return http.send(request(path)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
