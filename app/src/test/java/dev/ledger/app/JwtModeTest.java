package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.ledger.kernel.OrganizationId;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code ledger.security.mode=jwt}: tokens of the deployment's identity provider, verified against its JWK set (served
 * here by the test on localhost, with an RSA key made for the run), carry the tenant and roles in claims.
 */
class JwtModeTest extends ServiceTest {

    private static final String ISSUER = "https://id.example.test/";
    private static final RSAKey signingKey = generate("provider-key");
    private static final RSAKey strangerKey = generate("stranger-key");
    private static final HttpServer jwks = serve(new JWKSet(signingKey.toPublicJWK()).toString());

    private String org;

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry registry) {
        registry.add("ledger.security.mode", () -> "jwt");
        registry.add("ledger.security.jwt.issuer", () -> ISSUER);
        registry.add("ledger.security.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks");
        registry.add("ledger.security.jwt.organization-claim", () -> "ledger_org");
        registry.add("ledger.security.jwt.roles-claim", () -> "ledger_roles");
    }

    @AfterAll
    static void stopProvider() {
        jwks.stop(0);
    }

    @BeforeEach
    void anOrganizationCreatedWithThePlatformKey() throws Exception {
        // API keys keep working next to JWTs: the platform key creates the organization.
        HttpResponse<String> created = post("/api/v1/organizations", """
                {"name": "Federated GmbH", "defaultCurrency": "EUR"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        org = json.readTree(created.body()).get("organizationId").asText();
    }

    @Test
    void aTokenOfTheOrganizationWithTheRoleIsServed() throws Exception {
        String token = token(signingKey, ISSUER, org, List.of("finance", "some-other-system-role"), Instant.now().plusSeconds(300));

        HttpResponse<String> list = as(token, "/api/v1/organizations/" + org + "/payment-orders");

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json.readTree(list.body()).get("items")).isEmpty();
    }

    @Test
    void theTenantComesFromTheTokenSoAnotherOrganizationIsNotFound() throws Exception {
        String token = token(signingKey, ISSUER, org, List.of("finance"), Instant.now().plusSeconds(300));

        HttpResponse<String> other = as(token, "/api/v1/organizations/" + OrganizationId.newId() + "/payment-orders");

        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void aRoleTheTokenDoesNotCarryIsForbidden() throws Exception {
        String token = token(signingKey, ISSUER, org, List.of("auditor"), Instant.now().plusSeconds(300));

        HttpResponse<String> keys = as(token, "/api/v1/organizations/" + org + "/api-keys");

        assertThat(keys.statusCode()).isEqualTo(403);
    }

    @Test
    void expiredForeignOrWronglyIssuedTokensAreUnauthorized() throws Exception {
        String path = "/api/v1/organizations/" + org + "/payment-orders";
        String expired = token(signingKey, ISSUER, org, List.of("finance"), Instant.now().minusSeconds(600));
        String stranger = token(strangerKey, ISSUER, org, List.of("finance"), Instant.now().plusSeconds(300));
        String otherIssuer = token(signingKey, "https://evil.example.test/", org, List.of("finance"), Instant.now().plusSeconds(300));

        for (String token : List.of(expired, stranger, otherIssuer, "not-a-jwt")) {
            HttpResponse<String> response = as(token, path);
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private HttpResponse<String> as(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(RSAKey key, String issuer, String organization, List<String> roles, Instant expires)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("user-1").claim("ledger_org", organization)
                        .claim("ledger_roles", roles).issueTime(Date.from(expires.minusSeconds(900)))
                        .expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwkSet) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = jwkSet.getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
