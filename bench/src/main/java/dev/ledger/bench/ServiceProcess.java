package dev.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The service as it is deployed: its own JVM from the executable jar, on the benchmark's PostgreSQL and Kafka, so its
 * memory is its own (no broker, no load generator) and HTTP calls cross a process boundary.
 */
final class ServiceProcess implements AutoCloseable {

    /** The JVM options the README recommends for a service instance. */
    static final List<String> RECOMMENDED_JVM_OPTIONS = List.of("-Xms128m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=200m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    /** {@code -Dledger.bench.service-jvm-options="..."} tries other options; the report names the ones used. */
    static final List<String> JVM_OPTIONS = System.getProperty("ledger.bench.service-jvm-options", "").isBlank()
            ? RECOMMENDED_JVM_OPTIONS
            : List.of(System.getProperty("ledger.bench.service-jvm-options").strip().split("\\s+"));

    private static final ObjectMapper JSON = new ObjectMapper();

    final Process process;
    final int port;
    final String platformKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceProcess(Process process, int port, String platformKey) {
        this.process = process;
        this.port = port;
        this.platformKey = platformKey;
    }

    static ServiceProcess start(Servers servers, String databaseUrl, Path output) throws Exception {
        Path jar = Path.of(System.getProperty("ledger.bench.service-jar", "../app/target/ledger-exec.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath() + ": build the app module first");
        }
        int port = Servers.freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Daxoniq.update-checker.disabled=true");
        command.addAll(List.of("-jar", jar.toString(),
                "--ledger.db.url=" + databaseUrl,
                "--ledger.db.user=" + servers.postgres.username(),
                "--ledger.db.password=" + servers.postgres.password(),
                "--ledger.kafka.bootstrap=" + servers.kafka.bootstrapServers(),
                "--server.port=" + port,
                "--logging.level.root=WARN"));
        String platformKey = "lk_platform_benchmark-process-" + UUID.randomUUID();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.resolve("service-process.log").toFile());
        // Secrets by environment, as a deployment passes them: never on a command line that `ps` shows.
        builder.environment().put("LEDGER_PLATFORM_ADMIN_KEY", platformKey);
        builder.environment().put("LEDGER_PII_MASTER_KEY", Service.PII_MASTER_KEY);
        return new ServiceProcess(builder.start(), port, platformKey).awaitHealthy();
    }

    long pid() {
        return process.pid();
    }

    private ServiceProcess awaitHealthy() throws Exception {
        Progress progress = new Progress("starting the service process", 1);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service process exited with " + process.exitValue()
                        + "; see target/bench/service-process.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    progress.at(1);
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service process did not become healthy in 3 minutes");
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    JsonNode post(String path, String credential, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + credential)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
    }
}
