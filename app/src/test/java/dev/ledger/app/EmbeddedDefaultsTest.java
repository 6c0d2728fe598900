package dev.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's run command: no database or broker configured, so the service starts its own embedded PostgreSQL and
 * Kafka with their data under one directory, and a second start on that directory finds everything again.
 */
class EmbeddedDefaultsTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    /** The README's key: fixed for the embedded database, refused with any other. */
    private static final String DEVELOPMENT_PLATFORM_KEY = "lk_platform_embedded-development-only";

    @Test
    void anOrganizationSurvivesARestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "embedded-defaults-" + System.nanoTime()));
        int postgresPort = freePort();
        int kafkaPort = freePort();
        int controllerPort = freePort();
        String id;
        String key;
        try (ConfigurableApplicationContext first = start(dataDir, postgresPort, kafkaPort, controllerPort)) {
            // The embedded default accepts the README's development platform key, so its examples work as written.
            HttpResponse<String> created = send(first, HttpRequest.newBuilder()
                    .header("Authorization", "Bearer " + DEVELOPMENT_PLATFORM_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name": "Persistent Ltd", "defaultCurrency": "GBP"}""")), "/api/v1/organizations");
            assertThat(created.statusCode()).isEqualTo(201);
            id = json.readTree(created.body()).get("organizationId").asText();
            key = json.readTree(created.body()).get("apiKey").get("key").asText();
            awaitName(first, id, key);
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("kafka").resolve("meta.properties")).exists();
        // The generated master key of personal data must be the same on every start, or stored data keys no longer unwrap.
        String masterKey = Files.readString(dataDir.resolve("pii-master-key"));

        try (ConfigurableApplicationContext second = start(dataDir, postgresPort, kafkaPort, controllerPort)) {
            assertThat(awaitName(second, id, key)).isEqualTo("Persistent Ltd");
        }
        assertThat(Files.readString(dataDir.resolve("pii-master-key"))).isEqualTo(masterKey).hasSize(44);
    }

    private static ConfigurableApplicationContext start(Path dataDir, int postgresPort, int kafkaPort, int controllerPort) {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--ledger.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--ledger.embedded.postgres.port=" + postgresPort,
                "--ledger.embedded.kafka.port=" + kafkaPort,
                "--ledger.embedded.kafka.controller-port=" + controllerPort,
                "--server.port=0");
    }

    private static String awaitName(ConfigurableApplicationContext context, String id, String key) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = send(context, HttpRequest.newBuilder().header("Authorization", "Bearer " + key).GET(),
                    "/api/v1/organizations/" + id);
            if (last.statusCode() == 200) {
                JsonNode body = json.readTree(last.body());
                return body.get("name").asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("organization " + id + " not readable; last answer " + last);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext context, HttpRequest.Builder request,
            String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return http.send(request.uri(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
