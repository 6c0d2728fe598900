package dev.ledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@code clients} threads, each calling its operation in a loop on its own aggregates, first to warm up, then
 * measured: throughput over the measured window and each call's latency.
 */
final class LoadDriver {

    /** One call of one client; the index lets a client rotate over its own aggregates. */
    interface Operation {
        void call(int client, long iteration) throws Exception;
    }

    /**
     * The measured window; CPU is this JVM's (it hosts the service, except for the service-process scenario), all
     * PostgreSQL processes' and the service process's (0 when the service is in this JVM), in microseconds a call, and
     * the cores the service JVM's JIT compiler kept busy meanwhile.
     */
    record Result(int clients, double perSecond, double p50Millis, double p99Millis, long calls, long errors,
            double jvmCpuMicrosPerCall, double databaseCpuMicrosPerCall, double compilerCores,
            double serviceProcessCpuMicrosPerCall) {
    }

    static Result run(String name, int clients, Duration warmup, Duration measure, Operation operation)
            throws InterruptedException {
        return run(name, clients, warmup, measure, ProcessHandle.current().pid(), operation);
    }

    /** The same, with the JIT compiler watched in the service's process {@code servicePid}. */
    static Result run(String name, int clients, Duration warmup, Duration measure, long servicePid, Operation operation)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong measuredCalls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Latencies latencies = new Latencies();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                Latencies mine = new Latencies();
                long iteration = 0;
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        try {
                            operation.call(client, iteration++);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (measuring.get()) {
                            mine.add(System.nanoTime() - start);
                            measuredCalls.incrementAndGet();
                        }
                    }
                } finally {
                    latencies.addAll(mine);
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long start = System.nanoTime();
        long jvmCpuFrom = CpuClock.jvmNanos();
        long databaseCpuFrom = CpuClock.postgresNanos();
        long compilerFrom = CpuClock.compilerNanos(servicePid);
        boolean ownProcess = servicePid != ProcessHandle.current().pid();
        long serviceCpuFrom = ownProcess ? CpuClock.processNanos(servicePid) : 0;
        Progress progress = new Progress(name + " with " + clients + " clients, measuring", measure.toSeconds());
        while (System.nanoTime() - start < measure.toNanos()) {
            Thread.sleep(250);
            progress.at((System.nanoTime() - start) / 1_000_000_000L);
        }
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long jvmCpu = CpuClock.jvmNanos() - jvmCpuFrom;
        long databaseCpu = CpuClock.postgresNanos() - databaseCpuFrom;
        double compilerCores = (CpuClock.compilerNanos(servicePid) - compilerFrom) / 1e9 / seconds;
        long serviceCpu = ownProcess ? CpuClock.processNanos(servicePid) - serviceCpuFrom : 0;
        stop.set(true);
        done.await();
        long calls = measuredCalls.get();
        double perCall = 1000.0 * Math.max(1, calls);
        Result result = new Result(clients, calls / seconds, latencies.percentileMillis(50), latencies.percentileMillis(99),
                calls, errors.get(), jvmCpu / perCall, databaseCpu / perCall, compilerCores, serviceCpu / perCall);
        String service = ownProcess
                ? String.format("%.0f µs service process + %.0f µs benchmark JVM", result.serviceProcessCpuMicrosPerCall(),
                        result.jvmCpuMicrosPerCall())
                : String.format("%.0f µs JVM", result.jvmCpuMicrosPerCall());
        Progress.say(String.format("%s, %d clients: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d errors, CPU a call %s"
                + " + %.0f µs PostgreSQL, JIT compiler %.2f cores", name, clients, result.perSecond(), result.p50Millis(),
                result.p99Millis(), result.errors(), service, result.databaseCpuMicrosPerCall(),
                result.compilerCores()));
        return result;
    }
}
