package dev.ledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One run, one embedded PostgreSQL and Kafka: the tuned service, stock Axon and raw JDBC side by side, then the
 * streams, rebuild and query figures on a large history. Every figure is a ratio or a rate measured in this run.
 */
public final class Benchmark {

    /** History figures are the median of this many passes after their warm-up. */
    private static final int MEASURED_PASSES = 3;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        run(Profile.named(args.length > 0 ? args[0] : "smoke"), Path.of(args.length > 1 ? args[1] : "target/bench"));
        System.exit(0);
    }

    static Report run(Profile profile, Path output) throws Exception {
        return run(profile, output, Sections.fromSystemProperty());
    }

    static Report run(Profile profile, Path output, Sections sections) throws Exception {
        Report report = new Report(profile.name());
        int most = profile.clients().get(profile.clients().size() - 1);
        // With other sections before it, the history section runs after their servers stopped, in a JVM of its own.
        boolean historyApart = sections.has("history") && !sections.names().equals(Set.of("history"));
        try (Servers servers = Servers.start(output.resolve("servers"))) {
            String tunedDb = servers.freshDatabase("bench_tuned");
            List<LoadDriver.Result> tuned = sections.has("commands") ? commands(profile, servers, tunedDb, most, report) : null;
            if (sections.has("process")) {
                process(profile, servers, output, most, report);
            }
            if (sections.has("baselines")) {
                baselines(profile, servers, tunedDb, tuned, most, report);
            }
            if (sections.has("history") && !historyApart) {
                history(profile, servers, report);
            }
        }
        if (historyApart) {
            HistoryProcess.run(profile, output, report);
        }
        report.write(output);
        return report;
    }

    /** The tuned service in this JVM: commands in-process and over HTTP, then forwarding lag at a steady rate. */
    private static List<LoadDriver.Result> commands(Profile profile, Servers servers, String tunedDb, int most,
            Report report) throws Exception {
        try (Service service = Service.start(servers, tunedDb, false); Memory memory = new Memory()) {
            PaymentFixture fixture = PaymentFixture.create(service.bean(org.axonframework.commandhandling.gateway.CommandGateway.class),
                    profile.aggregates());
            report.detail("warmUpTuned", CommandScenarios.warmUp(service, fixture, profile, 0.5));
            List<LoadDriver.Result> tuned = CommandScenarios.inProcess("commands in-process (tuned)", service, fixture, profile);
            List<LoadDriver.Result> http = CommandScenarios.overHttp("commands over HTTP (tuned)", service, fixture, profile);
            LoadDriver.Result idempotent = CommandScenarios.overHttpIdempotent(service, fixture, profile, most);
            StreamScenarios.Lag lag = StreamScenarios.lagAtSteadyRate(service, servers, fixture, profile.forwardingRate(),
                    profile.forwardingDuration());
            report.add("benchmark JVM RSS (service + broker + load generator, max)", memory.maxRssMegabytes(), "MB");
            report.add("heap used in the benchmark JVM (max)", memory.maxHeapMegabytes(), "MB");
            LoadDriver.Result tunedMost = tuned.get(tuned.size() - 1);
            report.atLeast("commands in-process, " + most + " clients", tunedMost.perSecond(), "commands/s", 5_000, ">= 5,000/s");
            report.add("commands in-process, " + most + " clients, p50", tunedMost.p50Millis(), "ms");
            report.add("commands in-process, " + most + " clients, p99", tunedMost.p99Millis(), "ms");
            report.atLeast("commands over HTTP, " + most + " clients", http.get(http.size() - 1).perSecond(), "commands/s",
                    2_500, ">= 2,500/s");
            report.add("commands over HTTP with an Idempotency-Key each, " + most + " clients", idempotent.perSecond(),
                    "commands/s");
            report.add("commands over HTTP with an Idempotency-Key each, p99", idempotent.p99Millis(), "ms");
            report.atMost("forwarding lag p99 at " + profile.forwardingRate() + " commands/s", lag.p99Millis(), "ms", 250, "< 250 ms");
            report.add("forwarding lag p50", lag.p50Millis(), "ms");
            report.add("forwarding lag: commands/s achieved while measured", lag.commandsPerSecond(), "commands/s");
            report.add("forwarding lag: worst second's longest lag", lag.worstSeconds().isEmpty() ? 0
                    : lag.worstSeconds().get(0).maxLagMillis(), "ms");
            report.detail("commandsInProcessTuned", tuned);
            report.detail("commandsOverHttpTuned", http);
            report.detail("commandsOverHttpIdempotent", idempotent);
            report.detail("forwardingLagAtSteadyRate", lag);
            return tuned;
        }
    }

    /** The service as deployed: its own JVM with the recommended options, HTTP from this one. */
    private static void process(Profile profile, Servers servers, Path output, int most, Report report) throws Exception {
        ProcessScenario.Outcome deployed;
        try (ServiceProcess service = ServiceProcess.start(servers, servers.freshDatabase("bench_process"), output)) {
            deployed = ProcessScenario.run(service, profile, most);
        }
        report.atMost("service RSS under HTTP load, own process (" + String.join(" ", ServiceProcess.JVM_OPTIONS) + ")",
                deployed.maxRssMegabytes(), "MB", 600, "< 600 MB");
        report.atLeast("commands over HTTP to the service process, " + most + " clients", deployed.load().perSecond(),
                "commands/s", 2_500, ">= 2,500/s");
        report.add("commands over HTTP to the service process, p99", deployed.load().p99Millis(), "ms");
        report.detail("commandsOverHttpServiceProcess", deployed.load());
        report.detail("warmUpServiceProcess", deployed.warmUp());
    }

    /** Stock Axon and raw JDBC on the same server; the ratios need the tuned commands of the same run. */
    private static void baselines(Profile profile, Servers servers, String tunedDb, List<LoadDriver.Result> tuned, int most,
            Report report) throws Exception {
        List<LoadDriver.Result> stock;
        try (Service service = Service.start(servers, servers.freshDatabase("bench_stock"), true)) {
            PaymentFixture fixture = PaymentFixture.create(service.bean(org.axonframework.commandhandling.gateway.CommandGateway.class),
                    profile.aggregates());
            report.detail("warmUpStock", CommandScenarios.warmUp(service, fixture, profile, 1.0));
            stock = CommandScenarios.inProcess("commands in-process (stock Axon)", service, fixture, profile);
        }
        List<LoadDriver.Result> rawSingle = RawInserts.run(servers, tunedDb, profile, false);
        List<LoadDriver.Result> rawBatched = RawInserts.run(servers, tunedDb, profile, true);
        report.add("commands in-process (stock Axon), " + most + " clients", stock.get(stock.size() - 1).perSecond(), "commands/s");
        report.add("raw single-row inserts, " + most + " clients", rawSingle.get(rawSingle.size() - 1).perSecond(), "rows/s");
        if (tuned != null) {
            double tunedMost = tuned.get(tuned.size() - 1).perSecond();
            report.atLeast("in-process / stock Axon, " + most + " clients", tunedMost / stock.get(stock.size() - 1).perSecond(),
                    "x", 6, ">= 6x");
            report.atLeast("in-process / raw single-row inserts, " + most + " clients",
                    tunedMost / rawSingle.get(rawSingle.size() - 1).perSecond(), "x", 1.0, ">= 1.0x");
        }
        report.detail("commandsInProcessStockAxon", stock);
        report.detail("rawJdbcSingleRowPerTransaction", rawSingle);
        report.detail("rawJdbcBatchedRowsPerSecond", rawBatched);
    }

    /** A large history written with SQL: forwarding catch-up, the forwarder alone, re-publish, a rebuild, paged queries. */
    private static void history(Profile profile, Servers servers, Report report) throws Exception {
        String historyDb = servers.freshDatabase("bench_history");
        Service.start(servers, historyDb, false).close(); // Flyway creates the schema
        DriverManagerDataSource history = new DriverManagerDataSource(historyDb, servers.postgres.username(),
                servers.postgres.password());
        History.write(JdbcClient.create(history), profile.rebuildEvents());
        try (Service service = Service.start(servers, historyDb, false)) {
            StreamScenarios.Rate forwarding = StreamScenarios.forwardingCatchUp(service, profile.rebuildEvents());
            report.atLeast("forwarding catch-up over " + forwarding.events() + " events", forwarding.perSecond(),
                    "events/s", 50_000, ">= 50,000/s");
            StreamScenarios.awaitReadModels(service);
            // Warmed like every other figure: the first passes of each compile its code, the median of the next is measured.
            JdbcClient jdbc = service.bean(JdbcClient.class);
            StreamScenarios.Rate alone = measured(profile, report, "forwarderReplay",
                    settled(jdbc, () -> StreamScenarios.forwarderReplay(service, profile.rebuildEvents())));
            report.atLeast("forwarding alone (the forwarder replaying " + alone.events() + " events, others caught up)",
                    alone.perSecond(), "events/s", 50_000, ">= 50,000/s");
            StreamScenarios.Rate republish = measured(profile, report, "republish",
                    settled(jdbc, () -> StreamScenarios.republish(service)));
            report.add("re-publish of " + republish.events() + " events (operators' job, the same publisher)",
                    republish.perSecond(), "events/s");
            StreamScenarios.Rate rebuild = measured(profile, report, "rebuild",
                    settled(jdbc, () -> StreamScenarios.rebuild(service, "payment-order-read-model")));
            report.atLeast("projection rebuild over " + rebuild.events() + " events", rebuild.perSecond(), "events/s",
                    50_000, ">= 50,000/s");
            Latencies queries = QueryScenario.run(service.bean(JdbcClient.class), service.bean(QueryGateway.class), profile);
            report.atMost("paged query p99, " + profile.queryRows() + " rows / " + profile.queryTenants() + " tenants",
                    queries.percentileMillis(99), "ms", 20, "< 20 ms");
            report.add("paged query p50", queries.percentileMillis(50), "ms");
        }
    }

    private interface Pass {
        StreamScenarios.Rate run() throws InterruptedException;
    }

    /**
     * A pass after a vacuum of the trace: each forwarding pass adds the whole history to it, and autovacuum would
     * otherwise work through that in whichever later pass it overlaps, on that pass's cores.
     */
    private static Pass settled(JdbcClient jdbc, Pass pass) {
        return () -> {
            jdbc.sql("VACUUM ANALYZE kafka_record_trace").update();
            return pass.run();
        };
    }

    /**
     * One history figure: at least the profile's warm-up passes, more until the JIT compiler rested (the rule the command
     * loads wait for, {@link Warmup}) over two passes in a row, up to the profile's limit; then the median of
     * {@link #MEASURED_PASSES} passes (one pass of the same build moved by half from the next on this VM). Every pass's
     * rate is kept for the report, with the compiler's cores over each warm-up pass.
     */
    private static StreamScenarios.Rate measured(Profile profile, Report report, String name, Pass pass)
            throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        List<StreamScenarios.Rate> warmups = new ArrayList<>();
        List<Double> compilerCores = new ArrayList<>();
        // Resting twice in a row: after one pass at 0.14 cores the forwarder's measured passes still sped up by a sixth.
        int restingInARow = 0;
        while (warmups.size() < profile.historyWarmups()
                || restingInARow < 2 && warmups.size() < profile.historyWarmupLimit()) {
            long compilerFrom = CpuClock.compilerNanos(pid);
            long from = System.nanoTime();
            warmups.add(pass.run());
            double cores = (CpuClock.compilerNanos(pid) - compilerFrom) / (double) (System.nanoTime() - from);
            compilerCores.add(cores);
            boolean restingNow = cores < Warmup.RESTING_CORES && CompileQueue.c2Length(pid) <= Warmup.RESTING_QUEUE;
            restingInARow = restingNow ? restingInARow + 1 : 0;
            Progress.say(String.format("%s warm-up pass %d: the JIT compiler busy %.2f cores%s", name, warmups.size(),
                    cores, restingInARow >= 2 ? ", resting" : restingNow ? ", resting once" : ""));
        }
        List<StreamScenarios.Rate> passes = new ArrayList<>();
        for (int i = 0; i < MEASURED_PASSES; i++) {
            passes.add(pass.run());
        }
        report.detail(name + "Warmup", warmups);
        report.detail(name + "WarmupCompilerCores", compilerCores);
        report.detail(name + "MeasuredPasses", passes);
        return passes.stream().sorted(Comparator.comparingDouble(StreamScenarios.Rate::perSecond))
                .toList().get(MEASURED_PASSES / 2);
    }
}
