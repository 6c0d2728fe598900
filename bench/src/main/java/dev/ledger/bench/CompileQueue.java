package dev.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * How many methods wait for a JVM's C2 compiler, from {@code jcmd <pid> Compiler.queue}. The service process's
 * compiler threads got a tenth of a core under load, so their CPU looked at rest while the queue grew from 48 to 141
 * methods in three minutes: the queue says whether a JVM is still compiling, its CPU alone does not.
 */
final class CompileQueue {

    private CompileQueue() {
    }

    /** The length of the C2 queue, or -1 where jcmd is missing or cannot tell (a JRE, another OS). */
    static int c2Length(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return -1;
        }
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Compiler.queue")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return -1;
            }
            return c2LengthOf(output);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Counts the task lines after the "C2 compile queue:" header ("Empty" when there are none). */
    static int c2LengthOf(String jcmdOutput) {
        int start = jcmdOutput.indexOf("C2 compile queue:");
        if (start < 0) {
            return -1;
        }
        return (int) jcmdOutput.substring(start).lines().skip(1)
                .map(String::strip).takeWhile(line -> !line.isEmpty() && !line.endsWith("compile queue:"))
                .filter(line -> !line.equals("Empty")).count();
    }
}
