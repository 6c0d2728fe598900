package dev.ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/organizations/([^/?]+)");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerProperties(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys apiKeys;

    /** One key with every tenant role per organization a test touches, issued on first use. */
    private final Map<String, String> tenantKeys = new ConcurrentHashMap<>();

    /** A request to {@code path} carrying the credential that path needs: its organization's key, else the platform key. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + credentialFor(path));
    }

    String credentialFor(String path) {
        Matcher tenantPath = TENANT_PATH.matcher(path);
        return tenantPath.find() ? keyFor(tenantPath.group(1)) : TestInfrastructure.PLATFORM_ADMIN_KEY;
    }

    /** A key of {@code organization} with all tenant roles (an organization id that does not parse gets the platform key). */
    String keyFor(String organization) {
        OrganizationId id;
        try {
            id = OrganizationId.parse(organization);
        } catch (InvalidValue notAnId) {
            return TestInfrastructure.PLATFORM_ADMIN_KEY;
        }
        return tenantKeys.computeIfAbsent(id.toString(), tenant -> apiKeys.issue(id, "test",
                EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.FINANCE, Role.AUDITOR, Role.SERVICE)).secret());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
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
