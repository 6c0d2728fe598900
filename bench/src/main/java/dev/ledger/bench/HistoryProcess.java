package dev.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The history section in a JVM and on servers of its own, once the command loads' servers have stopped. In the
 * benchmark's JVM after those loads its passes took about a third more CPU an event than alone (JIT profiles shaped by
 * the loads, stock Axon's among them, and autovacuum still working through their databases). Its progress lines are
 * passed on as they come, the rest of its output goes to {@code history-process.log}, and its figures join the run's.
 */
final class HistoryProcess {

    private HistoryProcess() {
    }

    static void run(Profile profile, Path output, Report report) throws Exception {
        Path directory = output.resolve("history").toAbsolutePath();
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(command(profile, directory)).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(directory.resolve("history-process.log")))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.println(line);
                if (line.startsWith("[bench] ")) {
                    System.out.println(line);
                    System.out.flush();
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the history section's JVM exited with " + exit + ": see "
                    + directory.resolve("history-process.log"));
        }
        merge(directory.resolve("report.json"), report);
    }

    /** The same heap and options as this JVM, the run's settings, and only the history section. */
    private static List<String> command(Profile profile, Path directory) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-Xm") || option.startsWith("-XX:") || option.startsWith("-Djava.io.tmpdir="))
                .forEach(command::add);
        command.add("-Daxoniq.update-checker.disabled=true");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("ledger.") && !name.equals("ledger.bench.sections"))
                .sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-Dledger.bench.sections=history");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmark.class.getName(), profile.name(),
                directory.toString()));
        return command;
    }

    private static void merge(Path reportJson, Report report) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode written = json.readTree(reportJson.toFile());
        for (JsonNode figure : written.get("figures")) {
            report.add(json.treeToValue(figure, Report.Line.class));
        }
        written.get("details").fields().forEachRemaining((Map.Entry<String, JsonNode> detail) ->
                report.detail(detail.getKey(), detail.getValue()));
    }
}
