package io.factoreally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code factoreally evaluate} as a user runs it: the shaded jar in its own process. */
class EvaluateProcessIT {

    @TempDir
    Path tmp;

    @BeforeEach
    void copyData() throws IOException {
        CliProcess.copyPenguins(tmp);
    }

    @Test
    void evaluatesGeneratedRecordsAndWritesTheHtmlReport() throws Exception {
        CliProcess.Result r = CliProcess.run(tmp, "evaluate", "--real", "penguins.json", "--spec", "penguins.spec.json",
                "--seed", "4", "--html", "report.html");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Fidelity: 344 synthetic vs 344 real records")
                .contains("field score", "Body Mass (g)", "HTML report: report.html");
        String html = Files.readString(tmp.resolve("report.html"));
        assertThat(html.split("<svg ", -1)).hasSize(7 + 1);

        CliProcess.Result json = CliProcess.run(tmp, "evaluate", "--real", "penguins.json", "--spec",
                "penguins.spec.json", "--seed", "4", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.stdout());
        assertThat(report.at("/summary/fieldCount").asInt()).isEqualTo(7);
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%.3f",
                report.at("/summary/fieldScore").asDouble()));
    }

    @Test
    void aUsageErrorExits2() throws Exception {
        CliProcess.Result r = CliProcess.run(tmp, "evaluate", "--real", "penguins.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("""
                error: Missing option: give --spec (generate the records) or --synthetic (read them)
                Try 'factoreally evaluate --help' for usage.
                """);
    }
}
