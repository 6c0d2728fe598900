package dev.ledger.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big a run is: {@code smoke} proves the harness works in seconds, {@code full} measures the figures at
 * the sizes, {@code medium} the same figures on a fifth of the data in a few minutes. Every service is loaded
 * before its first measured figure until its JIT compiler rests ({@link Warmup}): at least {@code serviceWarmup} in
 * this JVM (half in-process, half over HTTP; stock Axon all of it in-process), at least {@code processWarmup} for the
 * service in its own process, whose fresh JVM starts from nothing, and at most {@code serviceWarmupLimit} for either
 * (where a floor is higher, the floor). Each history figure is measured after
 * {@code historyWarmups} passes over the same history (600,000 events in medium, a million in full): after one pass
 * of the medium profile's 200,000 the compiler was still busy through the measured ones; and then while the compiler is
 * still busy, up to {@code historyWarmupLimit} passes (the forwarder's sixth pass of 200,000 ran twice as fast as its
 * first, at a third of the CPU an event).
 */
record Profile(
        String name,
        List<Integer> clients,
        int aggregates,
        Duration warmup,
        Duration processWarmup,
        Duration serviceWarmup,
        Duration serviceWarmupLimit,
        Duration measure,
        int rebuildEvents,
        int historyWarmups,
        int historyWarmupLimit,
        int forwardingRate,
        Duration forwardingDuration,
        int queryTenants,
        int queryRows,
        int queries) {

    static Profile named(String name) {
        return switch (name) {
            case "smoke" -> new Profile("smoke", List.of(1, 4), 32, Duration.ofSeconds(1), Duration.ofSeconds(6),
                    Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                    2_000, 1, 1, 100, Duration.ofSeconds(3), 4, 4_000, 50);
            case "medium" -> new Profile("medium", List.of(1, 16, 64), 1_024, Duration.ofSeconds(5), Duration.ofMinutes(3),
                    Duration.ofMinutes(1), Duration.ofMinutes(6), Duration.ofSeconds(10),
                    200_000, 3, 8, 1_000, Duration.ofSeconds(15), 100, 1_000_000, 500);
            case "full" -> new Profile("full", List.of(1, 16, 64), 1_024, Duration.ofSeconds(10), Duration.ofMinutes(3),
                    Duration.ofMinutes(1), Duration.ofMinutes(6), Duration.ofSeconds(20),
                    1_000_000, 1, 6, 1_000, Duration.ofSeconds(30), 100, 10_000_000, 2_000);
            default -> throw new IllegalArgumentException("unknown profile " + name + ": smoke, medium or full");
        };
    }
}
