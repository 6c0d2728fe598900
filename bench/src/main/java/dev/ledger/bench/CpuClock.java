package dev.ledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by every PostgreSQL process of the machine. CPU per operation moves less than
 * throughput when the VM's speed swings, so it tells two builds apart where their rates overlap.
 */
final class CpuClock {

    /** Linux reports process times in USER_HZ ticks, 100 a second on every common architecture. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private CpuClock() {
    }

    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system time of all processes named postgres; 0 where /proc cannot tell (not Linux). */
    static long postgresNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuClock::postgresTicks).sum() * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                return 0;
            }
            // After the name: state is field 3, utime field 14 and stime field 15 of the whole line.
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended while we looked
        }
    }
}
