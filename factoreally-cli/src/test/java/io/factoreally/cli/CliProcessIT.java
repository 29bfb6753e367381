package io.factoreally.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI as a user runs it: the shaded jar in its own process, on the bundled penguins data. */
class CliProcessIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeEach
    void copyData() throws IOException {
        CliProcess.copyPenguins(tmp);
    }

    private CliProcess.Result run(String... args) throws IOException, InterruptedException {
        return CliProcess.run(tmp, args);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theJarRunsAlone() throws Exception {
        CliProcess.Result help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: factoreally ").contains("create", "generate", "Examples:");
        CliProcess.Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).matches("(?s)factoreally \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void usageErrorsExit2WithTwoLines() throws Exception {
        CliProcess.Result r = run("create", "--out", "x.spec.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("""
                error: Missing option '--in' (provide via CLI or config file)
                Try 'factoreally create --help' for usage.
                """);
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void createWritesASpecAndASummary() throws Exception {
        CliProcess.Result r = run("create", "--in", "penguins.json", "--out", "p.spec.json");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).startsWith("Loading penguins.json (49.8 KB)\n").doesNotContain("\tat ");
        assertThat(r.out()).contains("Records:          344\n", "Data points:      ", "Fields:           ",
                "Dynamic maps:     0\n", "Withheld values:  ", "Format fields:    ", "Time:             ", "records/s)\n",
                "Saved to:         p.spec.json (");
        assertThat(run("inspect", "p.spec.json").exit()).isZero();
        assertThat(files()).containsExactly("p.spec.json", "penguins.json", "penguins.spec.json");
    }

    @Test
    void createReadsNdjsonFromStdinQuietly() throws Exception {
        Path ndjson = tmp.resolve("penguins.ndjson");
        List<String> lines = new ArrayList<>();
        for (JsonNode record : JSON.readTree(CliProcess.PENGUINS.toFile())) {
            lines.add(JSON.writeValueAsString(record));
        }
        Files.write(ndjson, lines);
        CliProcess.Result fromStdin = CliProcess.run(tmp, ndjson, List.of(),
                "create", "--in", "-", "--out", "stdin.spec.json", "--quiet");
        assertThat(fromStdin.exit()).as(fromStdin.stderr()).isZero();
        assertThat(fromStdin.stdout()).isEmpty();
        assertThat(fromStdin.stderr()).isEmpty();
        CliProcess.Result fromArray = run("create", "--in", "penguins.json", "--out", "array.spec.json", "-q");
        assertThat(fromArray.exit()).isZero();
        assertThat(tmp.resolve("stdin.spec.json")).hasSameBinaryContentAs(tmp.resolve("array.spec.json"));
    }

    @Test
    void createOptionsThreadsPrivacyPythonCompatibleAndProgress() throws Exception {
        CliProcess.Result one = run("create", "--in", "penguins.json", "--out", "t1.json", "--threads", "1", "-q");
        CliProcess.Result two = run("create", "--in", "penguins.json", "--out", "t2.json", "--threads", "2", "-q");
        assertThat(one.exit()).isZero();
        assertThat(two.exit()).isZero();
        assertThat(tmp.resolve("t1.json")).hasSameBinaryContentAs(tmp.resolve("t2.json"));

        CliProcess.Result strict = run("create", "--in", "penguins.json", "--out", "k.json",
                "--min-occurrences", "1000", "--python-compatible", "--progress-interval-ms", "0");
        assertThat(strict.exit()).as(strict.stderr()).isZero();
        assertThat(strict.stderr()).contains("create: ").contains("records/s");
        assertThat(strict.out()).containsPattern("Withheld values:  [1-9]");
        JsonNode spec = JSON.readTree(tmp.resolve("k.json").toFile());
        assertThat(spec.has("fields")).isTrue();
    }

    @Test
    void createWithAModelFromTheClasspath() throws Exception {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        CliProcess.Result r = run("create", "--in", "penguins.json", "--out", "m.json",
                "--model", "io.factoreally.cli.fixtures.Penguin", "--classpath", classes.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("Using model: io.factoreally.cli.fixtures.Penguin\n");
        CliProcess.Result unknown = run("create", "--in", "penguins.json", "--out", "m2.json", "--model", "com.acme.User");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.stderr()).isEqualTo("error: Model class 'com.acme.User' not found on the classpath; "
                + "no similar class names found (add the directory or jar that holds it with --classpath)\n");
        assertThat(tmp.resolve("m2.json")).doesNotExist();
    }

    @Test
    void theOriginalsCliConfigFileWorks() throws Exception {
        Files.writeString(tmp.resolve("cli.json"), "{\"--in\": \"penguins.json\", \"--out\": \"from-config.spec.json\"}");
        CliProcess.Result r = run("create", "--cli", "cli.json", "-q");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(tmp.resolve("from-config.spec.json")).exists();
        CliProcess.Result wins = run("create", "--config", "cli.json", "--out", "cmdline.spec.json", "-q");
        assertThat(wins.exit()).isZero();
        assertThat(tmp.resolve("cmdline.spec.json")).hasSameBinaryContentAs(tmp.resolve("from-config.spec.json"));
    }

    @Test
    void aFailedCreateLeavesNoFileAndKeepsAnExistingOne() throws Exception {
        Files.writeString(tmp.resolve("bad.json"), "[{\"a\": 1},\n {\"a\": 2,,}]");
        CliProcess.Result fresh = run("create", "--in", "bad.json", "--out", "new.spec.json");
        assertThat(fresh.exit()).isEqualTo(1);
        assertThat(fresh.stderr()).contains("bad.json").containsPattern("line 2, column \\d+").doesNotContain("\tat ");
        Files.writeString(tmp.resolve("old.spec.json"), "precious");
        CliProcess.Result existing = run("create", "--in", "bad.json", "--out", "old.spec.json");
        assertThat(existing.exit()).isEqualTo(1);
        assertThat(tmp.resolve("old.spec.json")).hasContent("precious");
        assertThat(files()).containsExactly("bad.json", "old.spec.json", "penguins.json", "penguins.spec.json");
    }

    @Test
    void generateIsByteIdenticalForTheSameSeed() throws Exception {
        CliProcess.Result a = run("generate", "--spec", "penguins.spec.json", "--count", "200", "--seed", "42");
        CliProcess.Result b = run("generate", "--spec", "penguins.spec.json", "--count", "200", "--seed", "42");
        assertThat(a.exit()).as(a.stderr()).isZero();
        assertThat(a.stderr()).isEmpty();
        assertThat(a.stdout()).isEqualTo(b.stdout());
        JsonNode records = JSON.readTree(a.stdout());
        assertThat(records.isArray()).isTrue();
        assertThat(records).hasSize(200);
        assertThat(records.get(0).has("Species")).isTrue();

        CliProcess.Result toFile = run("generate", "--spec", "penguins.spec.json", "--count", "200", "--seed", "42",
                "--out", "p.json");
        assertThat(toFile.exit()).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("p.json"))).isEqualTo(a.stdout());

        CliProcess.Result other = run("generate", "--spec", "penguins.spec.json", "--count", "200", "--seed", "43");
        assertThat(other.stdout()).isNotEqualTo(a.stdout());
    }

    @Test
    void generateNdjsonPrettyAndOverrides() throws Exception {
        CliProcess.Result nd = run("generate", "--spec", "penguins.spec.json", "-n", "50", "--seed", "1",
                "--format", "ndjson", "--set", "Island=Atlantis", "--set", "Sex=null");
        assertThat(nd.exit()).as(nd.stderr()).isZero();
        List<String> lines = nd.out().lines().toList();
        assertThat(lines).hasSize(50);
        for (String line : lines) {
            JsonNode rec = JSON.readTree(line);
            assertThat(rec.get("Island").asText()).isEqualTo("Atlantis");
            assertThat(rec.get("Sex").isNull()).isTrue();
        }
        CliProcess.Result byExtension = run("generate", "--spec", "penguins.spec.json", "-n", "50", "--seed", "1",
                "--set", "Island=Atlantis", "--set", "Sex=null", "--out", "p.ndjson");
        assertThat(Files.readAllBytes(tmp.resolve("p.ndjson"))).isEqualTo(nd.stdout());

        CliProcess.Result pretty = run("generate", "--spec", "penguins.spec.json", "-n", "3", "--seed", "1", "--pretty");
        assertThat(pretty.out()).startsWith("[\n  {\n    \"");
        assertThat(JSON.readTree(pretty.stdout())).hasSize(3);
        CliProcess.Result none = run("generate", "--spec", "penguins.spec.json", "-n", "0");
        assertThat(none.out()).isEqualTo("[]\n");
        assertThat(none.stderr()).startsWith("seed: ");
    }

    @Test
    void generateWithAnUnknownOverridePathFailsAndKeepsTheOutput() throws Exception {
        Files.writeString(tmp.resolve("out.json"), "precious");
        CliProcess.Result r = run("generate", "--spec", "penguins.spec.json", "-n", "5", "--set", "Islnd=x",
                "--out", "out.json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: ").contains("Islnd").doesNotContain("\tat ");
        assertThat(tmp.resolve("out.json")).hasContent("precious");
    }

    @Test
    void generateShowsProgressForLargeCountsToAFile() throws Exception {
        CliProcess.Result r = run("generate", "--spec", "penguins.spec.json", "-n", "20000", "--seed", "5",
                "--out", "big.ndjson", "--progress-interval-ms", "0");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).containsPattern("generate: [\\d,]+ of 20,000 records \\(\\d+%\\), [\\d,]+ records/s");
        assertThat(Files.readAllLines(tmp.resolve("big.ndjson"), StandardCharsets.UTF_8)).hasSize(20000);
    }

    @Test
    void aReaderThatGoesAwayEndsGenerateQuietly() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", CliProcess.JAR.toString(), "generate", "--spec", "penguins.spec.json",
                "--count", "100000000", "--format", "ndjson", "--seed", "3")
                .directory(tmp.toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(JSON.readTree(in.readLine()).has("Species")).isTrue();
        } // like "| head -1": the pipe closes
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(tmp.resolve("err.txt")).isEmptyFile();
    }

    @Test
    void pythonCompatibleWritesOnlyTheOriginalsHintTypes() throws Exception {
        Files.copy(Path.of("src/test/resources/users-300.json"), tmp.resolve("users.json"));
        CliProcess.Result ours = run("create", "--in", "users.json", "--out", "ours.json", "-q");
        CliProcess.Result compatible = run("create", "--in", "users.json", "--out", "py.json", "-q",
                "--python-compatible");
        assertThat(ours.exit()).as(ours.stderr()).isZero();
        assertThat(compatible.exit()).as(compatible.stderr()).isZero();
        java.util.Set<String> original = java.util.Set.of("ALPHA", "ARRAY", "AUTH0_ID", "CHOICE", "CONST", "DATE",
                "DATETIME", "DURATION", "MAC", "MISSING", "NULL", "NUMBER", "NUMSTR", "OBJECT", "TEXT", "UUID4", "VERSION");
        JsonNode py = JSON.readTree(tmp.resolve("py.json").toFile());
        py.get("fields").forEach(hints -> assertThat(original).containsAll(() -> hints.fieldNames()));
        assertThat(py.get("fields").size()).isEqualTo(JSON.readTree(tmp.resolve("ours.json").toFile()).get("fields").size());
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Files.writeString(tmp.resolve("bad.json"), "[{\"a\": 1,}]");
        CliProcess.Result quiet = run("create", "--in", "bad.json", "--out", "o.json");
        CliProcess.Result verbose = run("create", "--in", "bad.json", "--out", "o.json", "--verbose");
        assertThat(quiet.exit()).isEqualTo(1);
        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(quiet.stderr()).doesNotContain("\tat ");
        assertThat(verbose.stderr()).contains(quiet.stderr().lines().filter(l -> l.startsWith("error: ")).findFirst()
                .orElseThrow()).contains("\tat io.factoreally.");
    }
}
