package dev.ledger.bench;

import java.time.Duration;

/**
 * Load before a service is measured, in rounds, until its JVM's JIT compiler rests or the profile's limit passes. On
 * two cores a fresh JVM under load keeps its compiler threads at a fifth to a third of a core for about five minutes,
 * with a hundred methods and more waiting for C2: figures taken meanwhile measure code still being compiled. The
 * tuned service ran 4,000 to 4,500 commands/s in-process at 310 to 370 µs of JVM CPU a command in its first minutes,
 * 6,300 to 8,100/s at 166 to 194 µs once its compiler rested (after 280 s).
 */
final class Warmup {

    /** The compiler counts as resting below this share of one core over a round, with at most this many methods queued. */
    static final double RESTING_CORES = 0.15;
    static final int RESTING_QUEUE = 20;

    private static final Duration ROUND = Duration.ofSeconds(15);

    /** How long the warm-up took, the compiler's cores over its last round, and its C2 queue then (-1: unknown). */
    record Outcome(long seconds, double lastRoundCompilerCores, int lastC2Queue) {
    }

    interface Round {
        void run(Duration length) throws Exception;
    }

    private Warmup() {
    }

    /** Rounds of load for at least {@code least}, then until the compiler of process {@code pid} rests or {@code limit}. */
    static Outcome until(String name, long pid, Duration least, Duration limit, Round round) throws Exception {
        Duration most = limit.compareTo(least) < 0 ? least : limit; // a floor above the limit wins: the smoke process
        Duration length = most.compareTo(ROUND) < 0 ? most : ROUND;
        long started = System.nanoTime();
        while (true) {
            long compilerFrom = CpuClock.compilerNanos(pid);
            long roundFrom = System.nanoTime();
            round.run(length);
            double cores = (CpuClock.compilerNanos(pid) - compilerFrom) / (double) (System.nanoTime() - roundFrom);
            int queued = CompileQueue.c2Length(pid);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Progress.say(String.format("%s: %d s, the JIT compiler busy %.2f cores in the last round, %d methods"
                    + " waiting for C2", name, took.toSeconds(), cores, queued));
            boolean resting = cores < RESTING_CORES && queued <= RESTING_QUEUE && took.compareTo(least) >= 0;
            if (resting || took.compareTo(most) >= 0) {
                Progress.say(String.format("%s: done after %d s (%s)", name, took.toSeconds(),
                        resting ? "the compiler rests" : "the profile's limit"));
                return new Outcome(took.toSeconds(), cores, queued);
            }
        }
    }
}
