package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledger.app.ApiOperations.Op;
import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generated malformed bodies against every write operation of the OpenAPI document that takes a body (the others
 * ignore bodies; the role and probe tests cover them), on an organization that has a
 * customer, a card and an order, so well-formed parts reach the handlers: never a 5xx, and a 4xx writes nothing.
 */
class MalformedInputFuzzTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    private static Target target;

    /** The service on a database of its own, with one organization and its resources. */
    private record Target(ConfigurableApplicationContext context, int port, JdbcClient jdbc, String org, String key,
            Map<String, String> resources, List<Op> writes) {
    }

    /** One generated request: which operation, and the raw body text. */
    record Probe(Op op, String body) {
        @Override
        public String toString() {
            return op + " <- " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    @Property(tries = 400)
    void noMalformedBodyCausesAServerErrorAndNoRefusedOneWritesAnything(@ForAll("probes") Probe probe) throws Exception {
        Target service = target();
        // Earlier probes may have been valid commands whose read rows still catch up: compare direct writes only.
        WriteSnapshot before = WriteSnapshot.of(service.jdbc(), service.org()).direct();

        HttpResponse<String> response = send(service, probe);

        assertThat(response.statusCode()).as(probe + " -> " + response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(probe.toString())
                    .startsWith("application/problem+json");
            assertThat(WriteSnapshot.of(service.jdbc(), service.org()).direct()).as(probe.toString()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Probe> probes() throws Exception {
        return Arbitraries.of(target().writes()).flatMap(op -> body(op).map(body -> new Probe(op, body)));
    }

    private static Arbitrary<String> body(Op op) {
        List<String> fields = new ArrayList<>(op.bodyFields());
        fields.add("organizationId");
        Arbitrary<String> objects = Arbitraries.maps(Arbitraries.of(fields), jsonValue()).ofMaxSize(fields.size())
                .map(MalformedInputFuzzTest::write);
        return Arbitraries.oneOf(
                objects,
                objects.flatMap(text -> Arbitraries.integers().between(0, Math.max(0, text.length() - 1)).map(cut -> text.substring(0, cut))),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("[]", "null", "42", "\"text\"", "{", "}", "{\"a\":", "[{}]", "true",
                        "{\"name\": \"x\", \"name\": 1}", "{}".repeat(3), "[".repeat(2000) + "]".repeat(2000)));
    }

    private static Arbitrary<Object> jsonValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(Object.class::cast),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5).map(Object.class::cast),
                Arbitraries.strings().alpha().ofMinLength(200).ofMaxLength(5000).map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, 1_000_000_000_000_001L).map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.of("EUR", "eur", "XXX", "QQQ", "", " ", "CARD", "BANK_ACCOUNT", "CRYPTO_WALLET", "admin",
                        "platform-admin", "4242424242424242", "DE", "not-a-uuid", UUID.randomUUID().toString())
                        .map(Object.class::cast),
                Arbitraries.just(List.of(1, "two", Map.of())).map(Object.class::cast),
                Arbitraries.just(Map.of("nested", List.of())).map(Object.class::cast));
    }

    private static HttpResponse<String> send(Target service, Probe probe) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(service.resources());
        String path = probe.op().fill(values);
        String key = probe.op().isTenantScoped() ? service.key() : TestInfrastructure.PLATFORM_ADMIN_KEY;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "fuzz-" + UUID.randomUUID())
                        .method(probe.op().method(), HttpRequest.BodyPublishers.ofString(probe.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Target target() throws Exception {
        if (target == null) {
            target = start();
        }
        return target;
    }

    @AfterContainer
    static void stop() {
        if (target != null) {
            target.context().close();
            target = null;
        }
    }

    private static Target start() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--ledger.db.url=" + TestDatabases.fresh("fuzz"),
                "--ledger.db.user=" + TestInfrastructure.username(),
                "--ledger.db.password=" + TestInfrastructure.password(),
                "--ledger.security.platform-admin-key=" + TestInfrastructure.PLATFORM_ADMIN_KEY,
                "--ledger.pii.master-key=" + TestInfrastructure.PII_MASTER_KEY,
                "--ledger.kafka.bootstrap=" + TestInfrastructure.kafkaBootstrapServers(),
                "--logging.level.root=WARN",
                "--server.port=0");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String org = created(port, TestInfrastructure.PLATFORM_ADMIN_KEY, "/api/v1/organizations",
                "{\"name\": \"Fuzzed\", \"defaultCurrency\": \"EUR\"}").get("organizationId").asText();
        String key = context.getBean(ApiKeys.class).issue(OrganizationId.parse(org), "fuzz",
                EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.FINANCE, Role.AUDITOR, Role.SERVICE)).secret();
        String base = "/api/v1/organizations/" + org;
        String customer = created(port, key, base + "/customers", """
                {"externalReference": "fuzz", "country": "DE", "email": "f@example.com", "name": "F"}""").get("id").asText();
        String card = created(port, key, base + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "4242424242424242", "expiryMonth": 12, "expiryYear": 2099}""").get("id").asText();
        String order = created(port, key, base + "/payment-orders", """
                {"customerId": "%s", "amountMinor": 10000, "currency": "EUR"}""".formatted(customer)).get("paymentOrderId").asText();
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<Op> writes = ApiOperations.from(json.readTree(docs.body())).all().stream()
                .filter(op -> op.isWrite() && op.hasBody()).toList();
        assertThat(writes).hasSizeGreaterThan(10);
        return new Target(context, port, jdbc, org, key, Map.of("organizationId", org, "customerId", customer,
                "paymentMethodId", card, "paymentOrderId", order), writes);
    }

    private static JsonNode created(int port, String key, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }
}
