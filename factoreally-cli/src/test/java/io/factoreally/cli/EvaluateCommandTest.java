package io.factoreally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code factoreally evaluate} in-process: reports, options and their errors. */
class EvaluateCommandTest {
    private static final String PENGUINS = "src/test/resources/penguins.json";
    private static final String PENGUINS_SPEC = "src/test/resources/penguins.spec.json";
    private static final List<String> FIELDS = List.of("Species", "Island", "Beak Length (mm)", "Beak Depth (mm)",
            "Flipper Length (mm)", "Body Mass (g)", "Sex");

    @TempDir
    Path tmp;

    @Test
    void textReportOfIdenticalRecords() {
        CliRun r = CliRun.run("evaluate", "--real", PENGUINS, "--synthetic", PENGUINS);
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Fidelity: 344 synthetic vs 344 real records")
                .containsPattern("field score +1\\.000 +0\\.\\d{3} +7\\n")
                .contains("Pairs (33 most associated", "Strong pairs within 0.05 of their baseline: 21 of 21");
        for (String f : FIELDS) {
            assertThat(r.out()).contains("\n" + f + " ");
        }
    }

    @Test
    void jsonReportAndHtmlFile() throws Exception {
        Path half = tmp.resolve("half.ndjson");
        List<String> lines = Files.readAllLines(Path.of(PENGUINS));
        // the shared file has one record per line inside [ ]: turn the first 150 into NDJSON
        Files.write(half, lines.stream().filter(l -> l.startsWith("{") || l.startsWith("[{"))
                .map(l -> l.replaceFirst("^\\[", "").replaceFirst(",$", "").replaceFirst("]$", ""))
                .limit(150).toList());
        Path html = tmp.resolve("report.html");
        CliRun r = CliRun.run("evaluate", "--real", PENGUINS, "--synthetic", half.toString(), "--format", "json",
                "--html", html.toString(), "--seed", "3");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/summary/realRecords").asInt()).isEqualTo(344);
        assertThat(json.at("/summary/syntheticRecords").asInt()).isEqualTo(150);
        assertThat(json.at("/summary/seed").asLong()).isEqualTo(3);
        assertThat(json.at("/fields").size()).isEqualTo(FIELDS.size());
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page.split("<svg ", -1)).hasSize(FIELDS.size() + 1);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("half.ndjson", "report.html"); // no temporary file left behind
        }
    }

    @Test
    void generatesFromASpec() {
        assumeTrue(factoryWorks(), "Factory generation is not implemented in this build yet");
        CliRun a = CliRun.run("evaluate", "--real", PENGUINS, "--spec", PENGUINS_SPEC, "--seed", "5", "--count", "200");
        assertThat(a.stderr()).isEmpty();
        assertThat(a.exit()).isZero();
        assertThat(a.out()).startsWith("Fidelity: 200 synthetic vs 344 real records");
        CliRun b = CliRun.run("evaluate", "--real", PENGUINS, "--spec", PENGUINS_SPEC, "--seed", "5", "--count", "200");
        assertThat(b.out()).isEqualTo(a.out());
        CliRun all = CliRun.run("evaluate", "--real", PENGUINS, "--spec", PENGUINS_SPEC);
        assertThat(all.out()).startsWith("Fidelity: 344 synthetic vs 344 real records");
    }

    private static boolean factoryWorks() {
        try {
            Factory.of(FactorySpec.read(Path.of(PENGUINS_SPEC))).seed(1).recordAt(0);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void usageErrors() {
        assertUsage(new String[] {"evaluate", "--synthetic", PENGUINS},
                "error: Missing option '--real' (provide via CLI or config file)");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS},
                "error: Missing option: give --spec (generate the records) or --synthetic (read them)");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS, "--spec", PENGUINS_SPEC, "--synthetic", PENGUINS},
                "error: --spec and --synthetic cannot be used together");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--count", "5"},
                "error: --count needs --spec (it sets how many records to generate)");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--pairs", "-1"},
                "error: --pairs must be 0 or more, not -1");
        assertUsage(new String[] {"evaluate", "--real", "nope.json", "--synthetic", PENGUINS},
                "error: --real: file not found: nope.json");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--format", "xml"},
                "error: Invalid value for option '--format': expected one of [TEXT, JSON] (case-insensitive) but was 'xml'");
        assertUsage(new String[] {"evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--html", PENGUINS},
                "error: --html must not be the same file as --real (" + PENGUINS + ")");
    }

    private static void assertUsage(String[] args, String firstLine) {
        CliRun r = CliRun.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo(firstLine + "\nTry 'factoreally evaluate --help' for usage.\n");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void malformedRecordsFailWithFileLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[{\"a\": 1},\n {\"a\": }]");
        Path html = tmp.resolve("r.html");
        CliRun r = CliRun.run("evaluate", "--real", PENGUINS, "--synthetic", bad.toString(), "--html", html.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: " + bad + ": invalid JSON at line 2, column 8: ");
        assertThat(r.stderr().lines().count()).isEqualTo(1);
        assertThat(html).doesNotExist();
    }

    @Test
    void readsRealRecordsFromStandardInput() throws Exception {
        CliRun r = CliRun.runWithInput(Files.readAllBytes(Path.of(PENGUINS)), "evaluate", "--real", "-",
                "--synthetic", PENGUINS, "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).at("/summary/fieldScore").asDouble()).isEqualTo(1.0);
    }

    @Test
    void pairsOptionBoundsThePairs() {
        CliRun r = CliRun.run("evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--pairs", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Pairs (3 most associated").contains(
                "numeric-by-category  Species        Flipper Length (mm)   342");
        CliRun none = CliRun.run("evaluate", "--real", PENGUINS, "--synthetic", PENGUINS, "--pairs", "0");
        assertThat(none.out()).contains("Pairs (0 most associated in the real records; * = strong)\n(none)\n");
    }

    @Test
    void helpHasExamples() {
        CliRun r = CliRun.run("evaluate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: factoreally evaluate ").contains("--real", "--spec", "--synthetic",
                "--html", "Examples:\n  factoreally evaluate ");
    }

    @Test
    void aFieldWhoseNullFollowsACategoryIsMeasuredAsANullsPair() throws Exception {
        // issues: closed_at is null exactly while the state is open
        StringBuilder ndjson = new StringBuilder();
        String[] states = {"open", "closed", "closed", "merged"};
        for (int i = 0; i < 800; i++) {
            String state = states[(i * 7 + i / 3) % 4];
            ndjson.append("{\"state\": \"").append(state).append("\", \"closed_at\": ")
                    .append(state.equals("open") ? "null" : String.format("\"2024-03-%02dT%02d:%02d:00Z\"", 10 + i % 18, i % 24,
                            i % 60)).append("}\n");
        }
        Path data = tmp.resolve("issues.ndjson");
        Files.writeString(data, ndjson);
        for (boolean relations : new boolean[] {true, false}) {
            Path spec = tmp.resolve("issues" + relations + ".spec.json");
            CliRun c = relations ? CliRun.run("create", "-q", "--in", data.toString(), "--out", spec.toString())
                    : CliRun.run("create", "-q", "--no-relations", "--in", data.toString(), "--out", spec.toString());
            assertThat(c.exit()).as(c.stderr()).isZero();
            CliRun r = CliRun.run("evaluate", "--real", data.toString(), "--spec", spec.toString(), "--format", "json");
            assertThat(r.exit()).as(r.stderr()).isZero();
            JsonNode pair = null;
            for (JsonNode p : new ObjectMapper().readTree(r.out()).get("pairs")) {
                if (p.get("kind").asText().equals("nulls")) {
                    pair = p;
                }
            }
            assertThat(pair).isNotNull();
            assertThat(pair.get("first").asText()).isEqualTo("state");
            assertThat(pair.get("second").asText()).isEqualTo("closed_at");
            assertThat(pair.get("associationReal").asDouble()).isGreaterThan(0.99);
            if (relations) {
                assertThat(pair.get("associationSynthetic").asDouble()).isGreaterThan(0.99);
                assertThat(pair.get("score").asDouble()).isGreaterThan(pair.get("baselineScore").asDouble() - 0.05);
            } else {
                assertThat(pair.get("associationSynthetic").asDouble()).isLessThan(0.2);
                assertThat(pair.get("score").asDouble()).isLessThan(0.8);
            }
        }
    }
}
