package dev.ledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures, each against its target where the issue sets one, as Markdown and JSON. */
final class Report {

    record Line(String metric, double measured, String unit, String target, Boolean met) {
    }

    private final String profile;
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    Report(String profile) {
        this.profile = profile;
    }

    /** A figure measured elsewhere (the history section's own JVM), as it was reported there. */
    void add(Line line) {
        lines.add(line);
    }

    void add(String metric, double measured, String unit) {
        lines.add(new Line(metric, measured, unit, "", null));
    }

    void atLeast(String metric, double measured, String unit, double target, String targetText) {
        lines.add(new Line(metric, measured, unit, targetText, measured >= target));
    }

    void atMost(String metric, double measured, String unit, double target, String targetText) {
        lines.add(new Line(metric, measured, unit, targetText, measured <= target));
    }

    void detail(String name, Object value) {
        details.put(name, value);
    }

    List<Line> lines() {
        return lines;
    }

    void write(Path directory) throws Exception {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("profile", profile);
        json.put("finishedAt", Instant.now().toString());
        json.put("machine", Runtime.getRuntime().availableProcessors() + " cores, java " + System.getProperty("java.version"));
        json.put("figures", lines);
        json.put("details", details);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("report.json").toFile(), json);

        StringBuilder markdown = new StringBuilder("# Ledger benchmark (" + profile + " profile)\n\n")
                .append(json.get("machine")).append(", finished ").append(json.get("finishedAt")).append("\n\n")
                .append("| figure | measured | target | met |\n|---|---|---|---|\n");
        for (Line line : lines) {
            markdown.append("| ").append(line.metric()).append(" | ")
                    .append(String.format(line.measured() >= 100 ? "%.0f" : "%.2f", line.measured())).append(' ')
                    .append(line.unit()).append(" | ").append(line.target()).append(" | ")
                    .append(line.met() == null ? "" : line.met() ? "yes" : "no").append(" |\n");
        }
        markdown.append("\nDetails (every scenario's throughput and latency) are in report.json.\n");
        Files.writeString(directory.resolve("report.md"), markdown);
        Progress.say("report written to " + directory.resolve("report.md").toAbsolutePath());
    }
}
