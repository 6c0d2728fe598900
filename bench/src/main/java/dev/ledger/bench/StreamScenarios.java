package dev.ledger.bench;

import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.infra.axon.ProcessorPositions;
import dev.ledger.infra.streams.RepublishProgress;
import dev.ledger.infra.streams.StreamRepublisher;
import dev.ledger.kernel.Money;
import dev.ledger.query.projection.ProjectionRebuilder;
import dev.ledger.query.projection.RebuildProgress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forwarding catch-up speed, end-to-end lag at a steady command rate, and projection rebuild speed. */
final class StreamScenarios {

    /**
     * Events and their rate; for the forwarder's replay, re-publish and the rebuild also the CPU an event of the JVM
     * (service, broker and JIT alike) and of PostgreSQL: their sum against two cores tells a busy machine from one that
     * waits.
     */
    record Rate(long events, double perSecond, Double jvmCpuMicrosPerEvent, Double postgresCpuMicrosPerEvent) {
        Rate(long events, double perSecond) {
            this(events, perSecond, null, null);
        }

        /** With the CPU used meanwhile, each null where this machine cannot tell (0 ns). */
        static Rate of(long events, double perSecond, long jvmNanos, long postgresNanos) {
            long per = Math.max(1, events);
            return new Rate(events, perSecond, jvmNanos == 0 ? null : jvmNanos / 1000.0 / per,
                    postgresNanos == 0 ? null : postgresNanos / 1000.0 / per);
        }

        String cpu() {
            return String.format("CPU an event: JVM %s µs, PostgreSQL %s µs", micros(jvmCpuMicrosPerEvent),
                    micros(postgresCpuMicrosPerEvent));
        }

        private static String micros(Double value) {
            return value == null ? "?" : String.format("%.1f", value);
        }
    }

    /**
     * The lag at a steady rate, the seconds of the window whose records waited longest (a stall shows as a run of
     * them), and the collections and checkpoints the window saw.
     */
    record Lag(double commandsPerSecond, double p50Millis, double p99Millis, long records, List<Second> worstSeconds,
            Stalls.Seen stalls) {
    }

    /** The records created in one second after the load began (the stalls' clock too): how many, the longest lag. */
    record Second(long second, int records, double maxLagMillis) {
    }

    private static final Duration LAG_WARMUP = Duration.ofSeconds(5);

    private StreamScenarios() {
    }

    /**
     * Waits until the forwarder has sent the whole history; the rate comes from the trace's first and last rows. Progress
     * comes from the forwarder's tokens: counting the growing trace table every half second took PostgreSQL a third of
     * a core by the last passes, in the measured time.
     */
    static Rate forwardingCatchUp(Service service, long events) throws InterruptedException {
        ProcessorPositions positions = service.bean(ProcessorPositions.class);
        JdbcClient jdbc = service.bean(JdbcClient.class);
        Progress progress = new Progress("forwarding the history to Kafka", events);
        ProcessorPositions.Processor forwarder;
        while ((forwarder = positions.of("kafka-forwarder")).lag() > 0) {
            Thread.sleep(500);
            progress.at(Math.max(0, forwarder.headPosition() - forwarder.lag()));
        }
        double seconds = jdbc.sql("SELECT extract(epoch FROM max(published_at) - min(published_at)) FROM kafka_record_trace")
                .query(Double.class).single();
        long sent = jdbc.sql("SELECT count(*) FROM kafka_record_trace").query(Long.class).single();
        Rate rate = new Rate(sent, sent / Math.max(0.001, seconds));
        Progress.say(String.format("forwarding: %d events at %.0f events/s", sent, rate.perSecond()));
        return rate;
    }

    /**
     * The forwarder's own speed: the whole history sent again (the operators' re-publish, same publisher and
     * acknowledgements) while every processor is caught up, so nothing else competes for the cores.
     */
    static Rate republish(Service service) throws InterruptedException {
        StreamRepublisher republisher = service.bean(StreamRepublisher.class);
        long cpuFrom = CpuClock.jvmNanos();
        long postgresFrom = CpuClock.postgresNanos();
        RepublishProgress started = republisher.start(1, null, null);
        Progress progress = new Progress("re-publishing the history to Kafka", started.toPosition());
        RepublishProgress now = started;
        while (now.state() == RepublishProgress.State.RUNNING) {
            Thread.sleep(500);
            now = republisher.progress(started.republishId()).orElse(now);
            progress.at(now.eventsScanned());
        }
        if (now.state() != RepublishProgress.State.COMPLETED) {
            throw new IllegalStateException("re-publish failed: " + now.failure());
        }
        double seconds = Duration.between(now.startedAt(), now.updatedAt()).toMillis() / 1000.0;
        Rate rate = Rate.of(now.eventsSent(), now.eventsSent() / Math.max(0.001, seconds), CpuClock.jvmNanos() - cpuFrom,
                CpuClock.postgresNanos() - postgresFrom);
        Progress.say(String.format("re-publish: %d events at %.0f events/s, %s", rate.events(), rate.perSecond(),
                rate.cpu()));
        return rate;
    }

    /**
     * The live forwarder's own speed: its processor starts over from the first event and sends the whole history
     * again (records it sent before; consumers de-duplicate by id) while every other processor is caught up, as after an
     * outage of the broker.
     */
    static Rate forwarderReplay(Service service, long events) throws InterruptedException {
        StreamingEventProcessor forwarder = service.bean(EventProcessingConfiguration.class)
                .eventProcessor("kafka-forwarder", StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no kafka-forwarder processor"));
        ProcessorPositions positions = service.bean(ProcessorPositions.class);
        JdbcClient jdbc = service.bean(JdbcClient.class);
        forwarder.shutDown();
        // Back to the first event as a forwarder that fell behind: a reset's replay tokens would add the replay's own
        // bookkeeping to every event (4 % of the JVM's CPU in a profile), which forwarding never does.
        jdbc.sql("UPDATE tokenentry SET token = NULL, tokentype = NULL WHERE processorname = 'kafka-forwarder'").update();
        OffsetDateTime from = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        long cpuFrom = CpuClock.jvmNanos();
        long postgresFrom = CpuClock.postgresNanos();
        forwarder.start();
        Progress progress = new Progress("the forwarder replaying the history to Kafka", events);
        long at = -1;
        long stalledSince = System.nanoTime();
        ProcessorPositions.Processor now;
        while ((now = positions.of("kafka-forwarder")).lag() > 0) {
            Thread.sleep(500);
            // Zero until a segment has a token: a reset one has no position yet.
            long position = Math.max(0, now.headPosition() - now.lag());
            if (position > at) {
                stalledSince = System.nanoTime();
            } else if (System.nanoTime() - stalledSince > Duration.ofMinutes(1).toNanos()) {
                throw new IllegalStateException("the forwarder replay stalled at position " + position + " of "
                        + now.headPosition());
            }
            at = position;
            progress.at(position);
        }
        long jvmNanos = CpuClock.jvmNanos() - cpuFrom;
        long postgresNanos = CpuClock.postgresNanos() - postgresFrom;
        // Counted once it is done, outside the CPU measured: the trace grows by the whole history every pass.
        record Replayed(long sent, double seconds) {
        }
        Replayed replayed = jdbc.sql("""
                        SELECT count(*), extract(epoch FROM max(published_at) - min(published_at))
                          FROM kafka_record_trace WHERE republish_id IS NULL AND published_at > ?
                        """)
                .param(from).query((row, n) -> new Replayed(row.getLong(1), row.getDouble(2))).single();
        long sent = replayed.sent();
        if (sent < events) {
            throw new IllegalStateException("the forwarder replay sent " + sent + " of " + events + " events");
        }
        // Throughput on a shared VM moves with its neighbours; the CPU an event takes moves less.
        Rate rate = Rate.of(sent, sent / Math.max(0.001, replayed.seconds()), jvmNanos, postgresNanos);
        Progress.say(String.format("forwarder replay: %d events at %.0f events/s, %s", sent, rate.perSecond(),
                rate.cpu()));
        return rate;
    }

    static void awaitReadModels(Service service) throws InterruptedException {
        ProcessorPositions positions = service.bean(ProcessorPositions.class);
        Progress progress = new Progress("read models catching up", 1);
        while (positions.all().stream().anyMatch(processor -> processor.lag() > 0)) {
            Thread.sleep(500);
            progress.at(0);
        }
    }

    static Rate rebuild(Service service, String projection) throws InterruptedException {
        ProjectionRebuilder rebuilder = service.bean(ProjectionRebuilder.class);
        long cpuFrom = CpuClock.jvmNanos();
        long postgresFrom = CpuClock.postgresNanos();
        RebuildProgress started = rebuilder.start(projection);
        Progress progress = new Progress("rebuilding " + projection, started.eventsTotal());
        RebuildProgress now = started;
        while (!now.finished()) {
            Thread.sleep(500);
            now = rebuilder.progress(projection).orElse(now);
            progress.at(now.eventsDone());
        }
        if (now.state() != RebuildProgress.State.COMPLETED) {
            throw new IllegalStateException("rebuild failed: " + now.failure());
        }
        double seconds = Duration.between(now.startedAt(), now.updatedAt()).toMillis() / 1000.0;
        Rate rate = Rate.of(now.eventsDone(), now.eventsDone() / Math.max(0.001, seconds), CpuClock.jvmNanos() - cpuFrom,
                CpuClock.postgresNanos() - postgresFrom);
        Progress.say(String.format("rebuild: %d events at %.0f events/s, %s", rate.events(), rate.perSecond(),
                rate.cpu()));
        return rate;
    }

    /**
     * Commands at a steady rate while a consumer reads the topic; lag = consume time minus the event's time
     * ({@code ce_time}, set when the command's event is created, just before its commit is acknowledged).
     */
    static Lag lagAtSteadyRate(Service service, Servers servers, PaymentFixture fixture, int rate, Duration duration)
            throws Exception {
        CommandGateway commands = service.bean(CommandGateway.class);
        Latencies lags = new Latencies();
        Map<Long, Second> seconds = new TreeMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        // The consumer joins its group first; then the load runs at the rate, measured after a warm-up.
        Instant loadFrom = Instant.now().plusSeconds(2);
        Instant measureFrom = loadFrom.plus(LAG_WARMUP);
        Instant end = measureFrom.plus(duration);
        Thread consumer = new Thread(() -> consume(servers, loadFrom, measureFrom, consuming, lags, seconds), "bench-consumer");
        consumer.start();
        Thread.sleep(Duration.between(Instant.now(), loadFrom).toMillis());
        Stalls stalls = new Stalls(service.bean(JdbcClient.class));
        // Enough paced clients that the rate holds even when one command takes tens of milliseconds.
        int clients = 64;
        long intervalNanos = 1_000_000_000L * clients / rate;
        AtomicLong measured = new AtomicLong();
        Thread[] threads = new Thread[clients];
        Progress progress = new Progress("steady " + rate + " commands/s for forwarding lag (after "
                + LAG_WARMUP.toSeconds() + " s of warm-up)", LAG_WARMUP.plus(duration).toSeconds());
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                long next = System.nanoTime() + intervalNanos * client / clients;
                long iteration = 0;
                while (Instant.now().isBefore(end)) {
                    commands.sendAndWait(new CapturePayment(fixture.organization(),
                            fixture.orderFor(client, clients, iteration++), Money.of(1, "EUR"), null));
                    if (!Instant.now().isBefore(measureFrom)) {
                        measured.incrementAndGet();
                    }
                    next += intervalNanos;
                    long sleep = next - System.nanoTime();
                    if (sleep > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(sleep);
                    }
                }
            });
            threads[c].start();
        }
        while (Instant.now().isBefore(end)) {
            Thread.sleep(500);
            progress.at((System.nanoTime() - started) / 1_000_000_000L);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double achieved = measured.get() / (double) duration.toSeconds();
        Thread.sleep(3_000); // the last records arrive
        consuming.set(false);
        consumer.join();
        List<Second> worst = seconds.values().stream()
                .sorted(Comparator.comparingDouble(Second::maxLagMillis).reversed()).limit(5).toList();
        Lag lag = new Lag(achieved, lags.percentileMillis(50), lags.percentileMillis(99), lags.count(), worst,
                stalls.seen());
        Progress.say(String.format("forwarding lag at %.0f commands/s: p50 %.1f ms, p99 %.1f ms over %d records;"
                + " worst seconds %s; %s", achieved, lag.p50Millis(), lag.p99Millis(), lag.records(), worst, lag.stalls()));
        return lag;
    }

    /** Records created from {@code from} on are measured; their seconds count from the start of the load. */
    private static void consume(Servers servers, Instant loadFrom, Instant from, AtomicBoolean consuming,
            Latencies lags, Map<Long, Second> seconds) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-lag-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("ledger.payment-order"));
            while (consuming.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Instant created = java.time.OffsetDateTime.parse(new String(
                            record.headers().lastHeader("ce_time").value(), StandardCharsets.UTF_8)).toInstant();
                    if (!created.isBefore(from)) {
                        long lag = Duration.between(created, Instant.now()).toNanos();
                        lags.add(lag);
                        long second = Duration.between(loadFrom, created).toSeconds();
                        Second seen = seconds.getOrDefault(second, new Second(second, 0, 0));
                        seconds.put(second, new Second(second, seen.records() + 1,
                                Math.max(seen.maxLagMillis(), lag / 1_000_000.0)));
                    }
                }
            }
        }
    }
}
