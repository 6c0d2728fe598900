package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Same Idempotency-Key and same request: one effect and the first answer, however often and however concurrently. */
class IdempotencyTest extends ServiceTest {

    private static final String ACME = """
            {"name": "Idempotent Acme", "defaultCurrency": "EUR"}""";

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstResponseAndWritesNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postWithKey("/api/v1/organizations", ACME, key);
        long eventsAfterFirst = eventCount();

        HttpResponse<String> retry = postWithKey("/api/v1/organizations", ACME, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        // The first admin key's secret is shown once: the replay has the same answer without it, and no second key.
        ObjectNode withoutSecret = (ObjectNode) json.readTree(first.body());
        assertThat(withoutSecret.get("apiKey").get("key").asText()).startsWith("lk_");
        ((ObjectNode) withoutSecret.get("apiKey")).putNull("key");
        assertThat(json.readTree(retry.body())).isEqualTo(withoutSecret);
        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE organization_id = ?::uuid")
                .param(withoutSecret.get("organizationId").asText()).query(Long.class).single()).isEqualTo(1);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndWritesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        postWithKey("/api/v1/organizations", ACME, key);
        long eventsBefore = eventCount();

        HttpResponse<String> reused = postWithKey("/api/v1/organizations", """
                {"name": "Someone Else", "defaultCurrency": "EUR"}""", key);

        assertThat(reused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(reused.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void concurrentRequestsWithOneKeyHaveExactlyOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        long eventsBefore = eventCount();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit((Callable<HttpResponse<String>>) () -> postWithKey("/api/v1/organizations", ACME, key)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(json.readTree(response.body()).get("organizationId").asText());
            }
            assertThat(ids).hasSize(1);
            assertThat(eventCount()).isEqualTo(eventsBefore + 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() throws Exception {
        HttpResponse<String> response = postWithKey("/api/v1/organizations", ACME, "x".repeat(300));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
    }

    @Test
    void keyedAndUnkeyedCapturesOfOneOrderAtOnceHaveOneEffectEachAndRetriesReplay() throws Exception {
        String order = anAuthorizedOrder(10_000);
        List<String> keys = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String key = "capture-" + UUID.randomUUID();
            keys.add(key);
            answers.add(capture(order, 1, key));
            answers.add(capture(order, 1, null));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
        }

        List<CompletableFuture<HttpResponse<String>>> retries = keys.stream().map(key -> capture(order, 1, key)).toList();

        for (CompletableFuture<HttpResponse<String>> retry : retries) {
            assertThat(retry.get().statusCode()).isEqualTo(200);
            assertThat(retry.get().headers().firstValue("Idempotent-Replayed")).contains("true");
        }
        assertThat(history(order)).hasSize(50);
        assertThat(capturedMinor(order)).isEqualTo(48);
    }

    @Test
    void aKeyedCaptureRefusedAmongOthersWritesNothingAndKeepsNoKey() throws Exception {
        String order = anAuthorizedOrder(10);
        String overKey = "over-" + UUID.randomUUID();
        List<CompletableFuture<HttpResponse<String>>> fits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fits.add(capture(order, 1, "fits-" + UUID.randomUUID()));
        }
        CompletableFuture<HttpResponse<String>> over = capture(order, 11, overKey);

        for (CompletableFuture<HttpResponse<String>> fit : fits) {
            assertThat(fit.get().statusCode()).as(fit.get().body()).isEqualTo(200);
        }
        assertThat(over.get().statusCode()).isEqualTo(422);
        assertThat(json.readTree(over.get().body()).get("code").asText()).isEqualTo("CaptureExceedsAuthorized");
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?").param(overKey)
                .query(Long.class).single()).isZero();
        assertThat(history(order)).hasSize(12);
        assertThat(capturedMinor(order)).isEqualTo(10);
    }

    /** An order of a new organization, authorized for {@code amountMinor} euro cents. */
    private String anAuthorizedOrder(long amountMinor) throws Exception {
        String organization = json.readTree(post("/api/v1/organizations", """
                {"name": "Keyed Captures", "defaultCurrency": "EUR"}""").body()).get("organizationId").asText();
        String base = "/api/v1/organizations/" + organization;
        HttpResponse<String> customer = post(base + "/customers", """
                {"externalReference": "keyed-%s", "country": "DE", "email": "keyed@example.com", "name": "Keyed"}"""
                .formatted(UUID.randomUUID()));
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        HttpResponse<String> created = post(base + "/payment-orders", """
                {"customerId": "%s", "amountMinor": %d, "currency": "EUR"}"""
                .formatted(json.readTree(customer.body()).get("id").asText(), amountMinor));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String order = base + "/payment-orders/" + json.readTree(created.body()).get("paymentOrderId").asText();
        HttpResponse<String> authorized = post(order + "/authorize", """
                {"amountMinor": %d, "currency": "EUR"}""".formatted(amountMinor));
        assertThat(authorized.statusCode()).as(authorized.body()).isEqualTo(200);
        return order;
    }

    private CompletableFuture<HttpResponse<String>> capture(String order, long amountMinor, String key) {
        HttpRequest.Builder request = request(order + "/capture")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"amountMinor": %d, "currency": "EUR"}""".formatted(amountMinor)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The order's events, by sequence number: gap-free from 0. */
    private List<Long> history(String order) {
        List<Long> sequence = jdbc.sql("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? ORDER BY 1")
                .param(orderId(order)).query(Long.class).list();
        assertThat(sequence).isEqualTo(LongStream.range(0, sequence.size()).boxed().toList());
        return sequence;
    }

    private long capturedMinor(String order) {
        return jdbc.sql("""
                        SELECT coalesce(sum((payload::jsonb -> 'amount' ->> 'amountMinor')::bigint), 0) FROM domainevententry
                         WHERE aggregateidentifier = ? AND payloadtype LIKE '%PaymentCaptured'
                        """).param(orderId(order)).query(Long.class).single();
    }

    private static String orderId(String orderPath) {
        return orderPath.substring(orderPath.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> postWithKey(String path, String body, String key) throws Exception {
        return http.send(request(path)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
