package dev.ledger.bench;

import dev.ledger.app.LedgerApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The ledger service in this JVM on a given database, tuned (its defaults) or as stock Axon would run it. */
final class Service implements AutoCloseable {

    /** The benchmark's own service is on a database of its own: a key for this process only. */
    static final String PLATFORM_ADMIN_KEY = "lk_platform_benchmark-" + java.util.UUID.randomUUID();

    final ConfigurableApplicationContext context;

    private Service(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** One random master key a benchmark run: every service of the run shares its database. */
    static final String PII_MASTER_KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    static Service start(Servers servers, String databaseUrl, boolean stock, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--ledger.db.url=" + databaseUrl,
                "--ledger.db.user=" + servers.postgres.username(),
                "--ledger.db.password=" + servers.postgres.password(),
                "--ledger.security.platform-admin-key=" + PLATFORM_ADMIN_KEY,
                "--ledger.pii.master-key=" + PII_MASTER_KEY,
                "--ledger.kafka.bootstrap=" + servers.kafka.bootstrapServers(),
                "--server.port=0",
                "--logging.level.root=WARN",
                "--logging.level.dev.ledger=INFO"));
        if (stock) {
            // Axon as it comes: no aggregate cache, one transaction a command, tracking processors handling one event
            // per transaction, handler timeouts on.
            args.addAll(List.of("--ledger.performance.aggregate-cache-size=0", "--ledger.processing.mode=tracking",
                    "--ledger.processing.batch-size=1", "--ledger.performance.group-commit.workers=0",
                    "--axon.timeout.enabled=true"));
        }
        args.addAll(List.of(extra));
        return new Service(new SpringApplicationBuilder(LedgerApplication.class).run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int httpPort() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
