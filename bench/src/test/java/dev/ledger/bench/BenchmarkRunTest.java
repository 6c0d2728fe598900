package dev.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the harness: the smoke profile in every {@code mvn verify} so it cannot rot, the full one on demand with
 * {@code -Dledger.bench.profile=full}. Asserts that every figure was measured, never how fast: speed is the report's.
 */
class BenchmarkRunTest {

    @Test
    void theHarnessMeasuresEveryFigureAndWritesItsReport() throws Exception {
        Profile profile = Profile.named(System.getProperty("ledger.bench.profile", "smoke"));
        Path output = Path.of("target", "bench");

        Report report = Benchmark.run(profile, output);

        assertThat(report.lines()).hasSizeGreaterThanOrEqualTo(Sections.fromSystemProperty().all() ? 12 : 1);
        assertThat(report.lines()).allSatisfy(line -> assertThat(line.measured()).as(line.metric()).isPositive().isFinite());
        assertThat(Files.readString(output.resolve("report.md"))).contains("| figure | measured | target | met |");
        assertThat(Files.readString(output.resolve("report.json"))).contains("\"profile\" : \"" + profile.name() + "\"");
    }
}
