package dev.ledger.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL 17 run from the application's own process, keeping its data in a directory of our choosing.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        // Binaries next to the data, never under java.io.tmpdir/embedded-pg where zonky deletes old directories.
        Path binaries = data.getParent().resolve("postgres-bin");
        try {
            Files.createDirectories(data);
            Files.createDirectories(binaries);
            stopStalePostmaster(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    // zonky defaults to off: a committed ledger entry must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    // Server log lines reach the service's log: no DETAIL (it quotes row values), no statement text.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setPGStartupWait(STARTUP_WAIT)
                    // The Spring context closes it, after the connection pool.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            log.info("Embedded PostgreSQL started at {} (data in {})", server.jdbcUrl(), data);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + data, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Local connections use trust authentication: any password is accepted. */
    public String password() {
        return SUPERUSER;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL at {} stopped", jdbcUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL at " + jdbcUrl, e);
        }
    }

    // After a kill -9 of the JVM the postmaster lives on and zonky would "start" against it or time out.
    private static void stopStalePostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("Ignoring stale postmaster.pid in {}: process {} is gone", data, pid);
            return;
        }
        if (!isPostmasterFor(process.get(), data, lines)) {
            log.warn("postmaster.pid in {} names process {}, which is not its postgres; leaving it alone", data, pid);
            return;
        }
        log.warn("Stopping orphaned PostgreSQL postmaster {} left running on {}", pid, data);
        sendSigint(process.get());
        try {
            process.get().onExit().get(STALE_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for postmaster " + pid + " to stop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Orphaned postmaster " + pid + " on " + data + " did not stop", e);
        }
    }

    private static boolean isPostmasterFor(ProcessHandle process, Path data, List<String> pidFileLines) {
        boolean isPostgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        // Line 2 of postmaster.pid is the data directory the postmaster was started on.
        boolean sameDirectory = pidFileLines.size() > 1
                && Path.of(pidFileLines.get(1).trim()).toAbsolutePath().normalize().equals(data);
        return isPostgres && sameDirectory;
    }

    // SIGINT is PostgreSQL's "fast" shutdown; ProcessHandle.destroy() would send SIGTERM ("smart", waits for clients).
    private static void sendSigint(ProcessHandle process) throws IOException {
        long pid = process.pid();
        try {
            int exit = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            if (exit != 0 && process.isAlive()) {
                throw new IOException("kill -INT " + pid + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while signalling postmaster " + pid, e);
        }
    }
}
