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

    /** User and system time of another process (the service in its own JVM); 0 where /proc cannot tell. */
    static long processNanos(long pid) {
        return ticksOf(Path.of("/proc", Long.toString(pid)), name -> true, false) * NANOS_PER_TICK;
    }

    /**
     * CPU time of a JVM's JIT compiler threads ({@code C1 CompilerThreadN}, {@code C2 CompilerThreadN}); 0 where /proc
     * cannot tell. A fresh JVM on two cores compiles for minutes under load, and what it compiles runs slower until then.
     */
    static long compilerNanos(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.mapToLong(thread -> ticksOf(thread, name -> name.startsWith("C1 CompilerThre")
                    || name.startsWith("C2 CompilerThre"), false)).sum() * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    /**
     * User and system time of all processes named postgres, with their reaped children's (the postmaster's count keeps
     * what exited backends and autovacuum workers used, so the sum never falls); 0 where /proc cannot tell.
     */
    static long postgresNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(process -> ticksOf(process, "postgres"::equals, true)).sum() * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    /** User and system ticks of a process or thread whose name passes {@code named}, else 0. */
    private static long ticksOf(Path processOrThread, java.util.function.Predicate<String> named, boolean withChildren) {
        try {
            String stat = Files.readString(processOrThread.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!named.test(stat.substring(stat.indexOf('(') + 1, nameEnd))) {
                return 0;
            }
            // After the name: state is field 3, utime 14, stime 15, cutime 16 and cstime 17 of the whole line.
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended while we looked
        }
    }
}
