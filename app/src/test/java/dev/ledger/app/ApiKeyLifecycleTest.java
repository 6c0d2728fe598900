package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organization's keys over HTTP: the first one from creation, more from its admin, shown once, hashed, revocable. */
class ApiKeyLifecycleTest extends ServiceTest {

    private String org;
    private String adminKey;

    @BeforeEach
    void anOrganizationCreatedByThePlatformAdmin() throws Exception {
        HttpResponse<String> created = post("/api/v1/organizations", """
                {"name": "Keyed Ltd", "defaultCurrency": "EUR"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        org = body.get("organizationId").asText();
        adminKey = body.get("apiKey").get("key").asText();
        assertThat(body.get("apiKey").get("roles")).hasSize(1);
        assertThat(body.get("apiKey").get("roles").get(0).asText()).isEqualTo("admin");
    }

    @Test
    void theFirstKeyIsAnAdminKeyOfItsOrganizationOnly() throws Exception {
        assertThat(adminKey).matches("lk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

        HttpResponse<String> read = as(adminKey, "GET", "/api/v1/organizations/" + org, null);
        HttpResponse<String> command = as(adminKey, "POST", "/api/v1/organizations/" + org + "/customers", """
                {"externalReference": "k-1", "country": "DE", "email": "k@example.com", "name": "K"}""");

        assertThat(read.statusCode()).isIn(200, 404);
        assertThat(command.statusCode()).as("admin does not imply operator").isEqualTo(403);
        assertThat(json.readTree(command.body()).get("title").asText()).isEqualTo("Forbidden");
    }

    @Test
    void aCreatedKeyIsShownOnceListedWithoutSecretAndStoredOnlyAsAHash() throws Exception {
        HttpResponse<String> created = as(adminKey, "POST", "/api/v1/organizations/" + org + "/api-keys", """
                {"name": "billing job", "roles": ["operator", "finance"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String secret = body.get("key").asText();
        String keyId = body.get("apiKey").get("keyId").asText();
        assertThat(secret).startsWith("lk_" + keyId + "_");

        HttpResponse<String> listed = as(adminKey, "GET", "/api/v1/organizations/" + org + "/api-keys", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret.substring(("lk_" + keyId + "_").length()));
        JsonNode keys = json.readTree(listed.body());
        assertThat(keys.findValuesAsText("keyId")).hasSize(2).contains(keyId);
        assertThat(keys.findValues("key")).isEmpty();

        String secretPart = secret.substring(("lk_" + keyId + "_").length());
        Map<String, Object> row = jdbc.sql("SELECT * FROM api_key WHERE key_id = ?").param(keyId).query().singleRow();
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(secretPart));
        assertThat((byte[]) row.get("secret_sha256")).isEqualTo(
                MessageDigest.getInstance("SHA-256").digest(secretPart.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE response_body LIKE ?").param("%" + secretPart + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aKeyRecordsItsLastUseAndIsRefusedOnceRevoked() throws Exception {
        JsonNode created = json.readTree(as(adminKey, "POST", "/api/v1/organizations/" + org + "/api-keys", """
                {"name": "reporting", "roles": ["finance"]}""").body());
        String key = created.get("key").asText();
        String keyId = created.get("apiKey").get("keyId").asText();

        HttpResponse<String> used = as(key, "GET", "/api/v1/organizations/" + org + "/payment-orders", null);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_key WHERE key_id = ?").param(keyId)
                .query(Boolean.class).single()).isTrue();

        HttpResponse<String> revoked = as(adminKey, "DELETE", "/api/v1/organizations/" + org + "/api-keys/" + keyId, null);
        HttpResponse<String> afterwards = as(key, "GET", "/api/v1/organizations/" + org + "/payment-orders", null);

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(afterwards.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode listed = json.readTree(as(adminKey, "GET", "/api/v1/organizations/" + org + "/api-keys", null).body());
        for (JsonNode listedKey : listed) {
            if (listedKey.get("keyId").asText().equals(keyId)) {
                assertThat(listedKey.get("revokedAt").isNull()).isFalse();
                assertThat(listedKey.get("lastUsedAt").isNull()).isFalse();
            }
        }
    }

    @Test
    void aKeyCannotBeGivenThePlatformRoleOrAnUnknownOne() throws Exception {
        long keysBefore = jdbc.sql("SELECT count(*) FROM api_key").query(Long.class).single();

        HttpResponse<String> platform = as(adminKey, "POST", "/api/v1/organizations/" + org + "/api-keys", """
                {"name": "sneaky", "roles": ["platform-admin"]}""");
        HttpResponse<String> unknown = as(adminKey, "POST", "/api/v1/organizations/" + org + "/api-keys", """
                {"name": "sneaky", "roles": ["root"]}""");

        assertThat(platform.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(platform.body()).get("errors").findValuesAsText("field")).containsExactly("roles");
        assertThat(json.readTree(unknown.body()).get("errors").findValuesAsText("field")).containsExactly("roles");
        assertThat(jdbc.sql("SELECT count(*) FROM api_key").query(Long.class).single()).isEqualTo(keysBefore);
    }

    @Test
    void onlyThePlatformAdminCreatesOrganizations() throws Exception {
        long eventsBefore = eventCount();

        HttpResponse<String> byTenant = as(adminKey, "POST", "/api/v1/organizations", """
                {"name": "Rogue", "defaultCurrency": "EUR"}""");

        assertThat(byTenant.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private HttpResponse<String> as(String key, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
