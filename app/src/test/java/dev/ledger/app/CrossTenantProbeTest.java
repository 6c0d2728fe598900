package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.OrganizationId;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant A's key (every tenant role) against tenant B's resources, for every operation of the OpenAPI document:
 * refused (404 for tenant resources, 403 for platform ones) and nothing written. Bodies are valid ones, so a missing
 * check would show as a write, not hide behind a validation error.
 */
class CrossTenantProbeTest extends ServiceTest {

    private ApiOperations api;
    private String tenantA;
    private String tenantB;
    private Map<String, String> resourcesOfB;

    @BeforeEach
    void twoTenantsWhereBHasOneOfEverything() throws Exception {
        api = ApiOperations.from(json.readTree(get("/v3/api-docs").body()));
        tenantA = organization("Probe A");
        tenantB = organization("Probe B");
        String customer = created(post("/api/v1/organizations/" + tenantB + "/customers", """
                {"externalReference": "b-%s", "country": "DE", "email": "b@example.com", "name": "B Customer"}
                """.formatted(UUID.randomUUID())), "id");
        String card = created(post("/api/v1/organizations/" + tenantB + "/customers/" + customer + "/payment-methods", """
                {"type": "CARD", "cardNumber": "4242424242424242", "expiryMonth": 12, "expiryYear": 2099}"""), "id");
        String order = created(post("/api/v1/organizations/" + tenantB + "/payment-orders", """
                {"customerId": "%s", "paymentMethodId": "%s", "amountMinor": 10000, "currency": "EUR"}"""
                .formatted(customer, card)), "paymentOrderId");
        String key = apiKeys.issue(OrganizationId.parse(tenantB), "b's key", EnumSet.of(Role.FINANCE)).key().keyId();
        // Read rows are counted below: wait until they show every event of B's aggregates.
        awaitBody("/api/v1/organizations/" + tenantB + "/payment-orders/" + order,
                body -> body.get("version").asLong() == lastSequence(order));
        awaitBody("/api/v1/organizations/" + tenantB + "/customers/" + customer,
                body -> body.get("version").asLong() == lastSequence(customer));
        keyFor(tenantA);
        awaitBody("/api/v1/organizations/" + tenantA, body -> true);
        awaitBody("/api/v1/organizations/" + tenantB, body -> true);
        resourcesOfB = Map.of("organizationId", tenantB, "customerId", customer, "paymentMethodId", card,
                "paymentOrderId", order, "keyId", key);
    }

    @Test
    void aKeyOfTenantAGetsNothingOfTenantBFromAnyOperationAndChangesNothing() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, tenantA, tenantB);
        List<String> leaks = new ArrayList<>();
        for (ApiOperations.Op op : api.all()) {
            HttpResponse<String> response = send(op, op.fill(resourcesOfB), keyFor(tenantA));
            int status = response.statusCode();
            if (op.isTenantScoped() && status != 404) {
                leaks.add(op + " with B in the path: " + status + " " + response.body());
            } else if (!op.isTenantScoped() && op.isWrite() && status != 403) {
                leaks.add(op + " (platform): " + status + " " + response.body());
            } else if (!op.isTenantScoped() && response.body().contains(tenantB)) {
                leaks.add(op + " (platform read) shows tenant B: " + response.body());
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(WriteSnapshot.of(jdbc, tenantA, tenantB)).isEqualTo(before);
    }

    @Test
    void tenantAsOwnPathWithTenantBsResourceIdsFindsNothingAndChangesNothing() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, tenantA, tenantB);
        Map<String, String> bsResourcesUnderA = new HashMap<>(resourcesOfB);
        bsResourcesUnderA.put("organizationId", tenantA);
        List<String> leaks = new ArrayList<>();
        int probed = 0;
        for (ApiOperations.Op op : api.all()) {
            boolean namesAResource = resourcesOfB.keySet().stream()
                    .anyMatch(name -> !name.equals("organizationId") && op.path().contains("{" + name + "}"));
            boolean bodyNamesACustomer = op.bodyFields().contains("customerId");
            if (!op.isTenantScoped() || !(namesAResource || bodyNamesACustomer)) {
                continue;
            }
            probed++;
            HttpResponse<String> response = send(op, op.fill(bsResourcesUnderA), keyFor(tenantA));
            int status = response.statusCode();
            boolean showsB = resourcesOfB.entrySet().stream()
                    .anyMatch(entry -> !entry.getKey().equals("organizationId") && response.body().contains(entry.getValue()));
            // A write must be refused; a read may answer an empty list, but never with one of B's resources.
            if (op.isWrite() ? status < 400 || status >= 500 : status >= 500 || status == 200 && showsB) {
                leaks.add(op + ": " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(probed).isGreaterThan(15);
        assertThat(leaks).isEmpty();
        assertThat(WriteSnapshot.of(jdbc, tenantA, tenantB)).isEqualTo(before);
    }

    @Test
    void aClientSuppliedTenantFieldIsRefusedNotObeyed() throws Exception {
        WriteSnapshot before = WriteSnapshot.of(jdbc, tenantA, tenantB);

        HttpResponse<String> response = http.send(request("/api/v1/organizations/" + tenantA + "/customers")
                .header("Content-Type", "application/json")
                .header("X-Organization-Id", tenantB)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"externalReference": "x", "country": "DE", "email": "x@example.com", "name": "X",
                         "organizationId": "%s"}""".formatted(tenantB))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("organizationId");
        assertThat(WriteSnapshot.of(jdbc, tenantA, tenantB)).isEqualTo(before);
    }

    private HttpResponse<String> send(ApiOperations.Op op, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key);
        if (!op.isWrite()) {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        request.header("Idempotency-Key", "probe-" + UUID.randomUUID());
        String body = validBodyFor(op);
        if (body == null) {
            return http.send(request.method(op.method(), HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return http.send(request.header("Content-Type", "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body the operation would accept, so only the tenant check stands between the probe and a write. */
    private String validBodyFor(ApiOperations.Op op) {
        if (!op.hasBody()) {
            return null;
        }
        String path = op.path();
        String customer = resourcesOfB.get("customerId");
        if (path.endsWith("/organizations")) {
            return "{\"name\": \"Probe\", \"defaultCurrency\": \"EUR\"}";
        }
        if (path.endsWith("/rename")) {
            return "{\"name\": \"Hijacked\"}";
        }
        if (path.endsWith("/customers")) {
            return "{\"externalReference\": \"p-" + UUID.randomUUID() + "\", \"country\": \"DE\", \"email\": \"p@example.com\", \"name\": \"P\"}";
        }
        if (path.endsWith("/details")) {
            return "{\"country\": \"FR\", \"email\": \"p@example.com\", \"name\": \"Hijacked\"}";
        }
        if (path.endsWith("/payment-methods")) {
            return "{\"type\": \"CARD\", \"cardNumber\": \"5555555555554444\", \"expiryMonth\": 1, \"expiryYear\": 2099}";
        }
        if (path.endsWith("/payment-orders")) {
            return "{\"customerId\": \"" + customer + "\", \"amountMinor\": 100, \"currency\": \"EUR\"}";
        }
        if (path.endsWith("/authorize") || path.endsWith("/capture") || path.endsWith("/refund")) {
            return "{\"amountMinor\": 1, \"currency\": \"EUR\"}";
        }
        if (path.endsWith("/fail")) {
            return "{\"code\": \"PROBE\", \"retryable\": false}";
        }
        if (path.endsWith("/provider-transactions")) {
            return "{\"provider\": \"probe\", \"providerTransactionId\": \"t-1\", \"rawStatus\": \"ok\"}";
        }
        if (path.endsWith("/api-keys")) {
            return "{\"name\": \"probe\", \"roles\": [\"admin\"]}";
        }
        if (path.endsWith("/republish")) {
            return "{\"fromPosition\": 1, \"organizationId\": \"" + tenantB + "\"}";
        }
        if (path.endsWith("/archive") || path.endsWith("/cancel")) {
            return "{\"reason\": \"probe\"}";
        }
        // An operation added later: a body with each of its fields, so the probe still reaches the handler.
        Map<String, String> fields = new HashMap<>();
        op.bodyFields().forEach(field -> fields.put(field, "probe"));
        try {
            return json.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long lastSequence(String aggregate) {
        return jdbc.sql("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(aggregate).query(Long.class).single();
    }

    private String organization(String name) throws Exception {
        return created(post("/api/v1/organizations", "{\"name\": \"" + name + "\", \"defaultCurrency\": \"EUR\"}"),
                "organizationId");
    }

    private static String created(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        return body.get(field).asText();
    }
}
