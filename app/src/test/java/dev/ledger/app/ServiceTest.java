package dev.ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service on a random port against the shared real PostgreSQL and Kafka. Subclasses without
 * configuration of their own share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ServiceTest {

    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** Polls a GET until it answers 200 with a body that passes {@code check}: the read side is eventually consistent. */
    JsonNode awaitBody(String path, Predicate<JsonNode> check) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path);
            if (last.statusCode() == 200 && check.test(json.readTree(last.body()))) {
                return json.readTree(last.body());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("GET " + path + " gave no matching answer within " + PATIENCE + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    /** Polls a SQL count until it reaches {@code expected}. */
    void awaitCount(String sql, Object parameter, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        long seen = -1;
        while (Instant.now().isBefore(deadline)) {
            seen = jdbc.sql(sql).param(parameter).query(Long.class).single();
            if (seen == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(sql + " stayed at " + seen + ", expected " + expected);
    }
}
