package dev.ledger.bench;

import java.time.Duration;
import java.time.Instant;

/** One line of progress at most every two seconds, so a long run shows it is alive and how far it is. */
final class Progress {

    private static final Duration EVERY = Duration.ofSeconds(2);
    private final String what;
    private final long total;
    private final Instant started = Instant.now();
    private Instant lastLine = Instant.EPOCH;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
        say(what + " ...");
    }

    void at(long done) {
        Instant now = Instant.now();
        if (Duration.between(lastLine, now).compareTo(EVERY) < 0) {
            return;
        }
        lastLine = now;
        double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
        double rate = done / seconds;
        String eta = rate > 0 && total > done ? String.format(", about %.0f s left", (total - done) / rate) : "";
        say(String.format("%s: %d/%d (%.0f%%, %.0f/s%s)", what, done, total, 100.0 * done / Math.max(1, total), rate, eta));
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }
}
