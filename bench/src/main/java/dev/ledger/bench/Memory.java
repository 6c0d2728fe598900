package dev.ledger.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The highest resident set size and heap use seen while sampling, twice a second. */
final class Memory implements AutoCloseable {

    private volatile boolean running = true;
    private volatile long maxRssBytes;
    private volatile long maxHeapBytes;
    private final Thread sampler;
    private final Path status;

    /** This JVM's memory. */
    Memory() {
        this(Path.of("/proc/self/status"), true);
    }

    /** Another process's resident set (its heap is not visible from here). */
    static Memory ofProcess(long pid) {
        return new Memory(Path.of("/proc", Long.toString(pid), "status"), false);
    }

    private Memory(Path status, boolean ownHeap) {
        this.status = status;
        sampler = new Thread(() -> {
            while (running) {
                maxRssBytes = Math.max(maxRssBytes, rssBytes());
                if (ownHeap) {
                    maxHeapBytes = Math.max(maxHeapBytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    long maxRssMegabytes() {
        return maxRssBytes / (1024 * 1024);
    }

    long maxHeapMegabytes() {
        return maxHeapBytes / (1024 * 1024);
    }

    private long rssBytes() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return 0; // not Linux: RSS is reported as 0
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
