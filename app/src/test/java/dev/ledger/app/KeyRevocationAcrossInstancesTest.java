package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.Role;
import dev.ledger.kernel.OrganizationId;
import dev.ledger.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database, each caching verified keys: a key revoked through one is refused by that one at once
 * and by the other once its cache entry expires (here 1 s; 5 s by default), never later.
 */
class KeyRevocationAcrossInstancesTest {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinTheCacheTime() throws Exception {
        String url = TestDatabases.fresh("revocation");
        try (ConfigurableApplicationContext first = start(url); ConfigurableApplicationContext second = start(url)) {
            OrganizationId org = OrganizationId.newId();
            ApiKeys keys = first.getBean(ApiKeys.class);
            String admin = keys.issue(org, "admin", EnumSet.of(Role.ADMIN)).secret();
            ApiKeys.IssuedKey reader = keys.issue(org, "reader", EnumSet.of(Role.FINANCE));
            String path = "/api/v1/organizations/" + org + "/payment-orders";
            assertThat(get(second, path, reader.secret()).statusCode()).as("cached as valid on the second instance").isEqualTo(200);

            int revoked = send(first, HttpRequest.newBuilder().DELETE(),
                    "/api/v1/organizations/" + org + "/api-keys/" + reader.key().keyId(), admin).statusCode();

            assertThat(revoked).isEqualTo(204);
            assertThat(get(first, path, reader.secret()).statusCode()).isEqualTo(401);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            int seen = 0;
            while (Instant.now().isBefore(deadline) && (seen = get(second, path, reader.secret()).statusCode()) != 401) {
                Thread.sleep(100);
            }
            assertThat(seen).isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(String databaseUrl) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--ledger.db.url=" + databaseUrl,
                "--ledger.db.user=" + TestInfrastructure.username(),
                "--ledger.db.password=" + TestInfrastructure.password(),
                "--ledger.security.platform-admin-key=" + TestInfrastructure.PLATFORM_ADMIN_KEY,
                "--ledger.pii.master-key=" + TestInfrastructure.PII_MASTER_KEY,
                "--ledger.security.api-key-cache-ttl=PT1S",
                "--ledger.kafka.bootstrap=" + TestInfrastructure.kafkaBootstrapServers(),
                "--logging.level.root=WARN",
                "--server.port=0");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext service, String path, String key) throws Exception {
        return send(service, HttpRequest.newBuilder().GET(), path, key);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext service, HttpRequest.Builder request,
            String path, String key) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return http.send(request.uri(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
    }
}
