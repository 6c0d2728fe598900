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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private HttpResponse<String> postWithKey(String path, String body, String key) throws Exception {
        return http.send(request(path)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
