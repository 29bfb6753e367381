package io.factoreally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Argument handling, usage errors and their exact messages, in-process (no analysis or generation needed). */
class CliArgumentsTest {
    private static final String PENGUINS = "src/test/resources/penguins.json";
    private static final String PENGUINS_SPEC = "src/test/resources/penguins.spec.json";

    @TempDir
    Path tmp;

    @Test
    void helpListsCommandsAndExamples() {
        CliRun r = CliRun.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("create", "generate", "inspect", "Examples:", "Exit codes: 0 success");
        assertThat(r.out()).contains("  generate           Generates records from a spec, reproducibly for a seed.\n",
                "  inspect, validate  Checks a spec and lists its fields.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "generate", "inspect", "validate"})
    void everyCommandHasHelpWithExamples(String command) {
        CliRun r = CliRun.run(command, "--help");
        assertThat(r.exit()).isZero();
        String name = command.equals("validate") ? "inspect" : command;
        assertThat(r.out()).startsWith("Usage: factoreally " + name + " ").contains("Examples:\n  factoreally ");
    }

    @Test
    void versionIsTheProjectVersion() {
        CliRun r = CliRun.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("factoreally " + VersionProvider.version() + "\n");
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun r = CliRun.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("""
                error: Missing command: create, generate or inspect
                Try 'factoreally --help' for usage.
                """);
    }

    @Test
    void misspelledCommandGetsSuggestions() {
        CliRun r = CliRun.run("crate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("'crate'", "Did you mean: factoreally create");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.run("create", "--in", PENGUINS, "--out", tmp.resolve("s.json").toString(), "--bogus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: Unknown option: '--bogus'\n");
        assertThat(tmp.resolve("s.json")).doesNotExist();
    }

    @Test
    void createWithoutInOrOut() {
        assertThat(CliRun.run("create", "--out", "x.json").stderr()).isEqualTo("""
                error: Missing option '--in' (provide via CLI or config file)
                Try 'factoreally create --help' for usage.
                """);
        CliRun r = CliRun.run("create", "--in", PENGUINS);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: Missing option '--out' (provide via CLI or config file)\n");
    }

    @Test
    void createWithMissingInputNamesTheFile() {
        CliRun r = CliRun.run("create", "--in", "no/such/users.json", "--out", tmp.resolve("s.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: --in: file not found: no/such/users.json\n");
    }

    @Test
    void createRefusesToOverwriteItsInput() throws IOException {
        Path in = Files.copy(Path.of(PENGUINS), tmp.resolve("p.json"));
        CliRun r = CliRun.run("create", "--in", in.toString(), "--out", tmp.resolve("./p.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: --out must not be the same file as --in (");
        assertThat(in).hasSameBinaryContentAs(Path.of(PENGUINS));
    }

    @Test
    void createRefusesAnOutputInAMissingDirectory() {
        CliRun r = CliRun.run("create", "--in", PENGUINS, "--out", tmp.resolve("nope/s.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: --out: directory does not exist: " + tmp.resolve("nope") + "\n");
    }

    @Test
    void badNumbersAreUsageErrors() {
        String out = tmp.resolve("s.json").toString();
        assertThat(CliRun.run("create", "--in", PENGUINS, "--out", out, "--threads", "abc").stderr())
                .startsWith("error: Invalid value for option '--threads': 'abc' is not an int\n");
        CliRun zero = CliRun.run("create", "--in", PENGUINS, "--out", out, "--min-occurrences", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.stderr()).startsWith("error: --min-occurrences must be at least 1, not 0\n");
        CliRun threads = CliRun.run("create", "--in", PENGUINS, "--out", out, "--threads", "0");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.stderr()).startsWith("error: --threads must be at least 1, not 0\n");
    }

    @Test
    void unknownModelClassWithoutClasspathSaysWhatToAdd() {
        CliRun r = CliRun.run("create", "--in", PENGUINS, "--out", tmp.resolve("s.json").toString(),
                "--model", "com.acme.User");
        assertThat(r.exit()).isEqualTo(1);
        // the suggestions depend on the test classpath; the jar's is checked in CliProcessIT
        assertThat(r.stderr()).startsWith("error: Model class 'com.acme.User' not found on the classpath; ")
                .endsWith(" (add the directory or jar that holds it with --classpath)\n");
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(tmp.resolve("s.json")).doesNotExist();
    }

    @Test
    void unknownModelClassOnClasspathSuggestsTheClosestNames() {
        CliRun r = CliRun.run("create", "--in", PENGUINS, "--out", tmp.resolve("s.json").toString(),
                "--model", "io.factoreally.cli.fixtures.Pengiun", "--classpath", "target/test-classes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("error: Model class 'io.factoreally.cli.fixtures.Pengiun' not found on the "
                + "classpath or target/test-classes; closest names: io.factoreally.cli.fixtures.Penguin\n");
        assertThat(r.stderr().lines()).hasSize(1);
    }

    @Test
    void missingClasspathEntry() {
        CliRun r = CliRun.run("create", "--in", PENGUINS, "--out", tmp.resolve("s.json").toString(),
                "--model", "a.B", "--classpath", "no/such/dir");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("error: Classpath entry not found: no/such/dir\n");
    }

    @Test
    void generateUsageErrors() {
        assertThat(CliRun.run("generate", "--count", "3").stderr())
                .startsWith("error: Missing option '--spec' (provide via CLI or config file)\n");
        assertThat(CliRun.run("generate", "--spec", PENGUINS_SPEC).stderr())
                .startsWith("error: Missing option '--count' (provide via CLI or config file)\n");
        CliRun negative = CliRun.run("generate", "--spec", PENGUINS_SPEC, "--count", "-1");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.stderr()).startsWith("error: --count must be 0 or more, not -1\n");
        CliRun pretty = CliRun.run("generate", "--spec", PENGUINS_SPEC, "--count", "1", "--format", "ndjson", "--pretty");
        assertThat(pretty.exit()).isEqualTo(2);
        assertThat(pretty.stderr()).startsWith("error: --pretty cannot be used with ndjson (one record per line)\n");
        CliRun format = CliRun.run("generate", "--spec", PENGUINS_SPEC, "--count", "1", "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.stderr()).startsWith("error: Invalid value for option '--format': expected one of [JSON, NDJSON]");
        CliRun missing = CliRun.run("generate", "--spec", "nope.spec.json", "--count", "1");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.stderr()).startsWith("error: --spec: file not found: nope.spec.json\n");
    }

    @Test
    void generateRefusesToOverwriteTheSpec() throws IOException {
        Path spec = Files.copy(Path.of(PENGUINS_SPEC), tmp.resolve("p.spec.json"));
        CliRun r = CliRun.run("generate", "--spec", spec.toString(), "--count", "1", "--out", spec.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: --out must not be the same file as --spec (");
        assertThat(spec).hasSameBinaryContentAs(Path.of(PENGUINS_SPEC));
    }

    @Test
    void inspectListsFields() {
        CliRun r = CliRun.run("inspect", PENGUINS_SPEC);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(PENGUINS_SPEC + ": valid, 7 fields\n")
                .contains("  Beak Depth (mm)      NUMBER, NULL 0.6%\n", "  Species              CHOICE\n");
        assertThat(CliRun.run("validate", "-q", PENGUINS_SPEC).out()).isEmpty();
    }

    @Test
    void invalidSpecIsReportedWithoutStackTrace() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.spec.json"),
                "{\"fields\": {\"age\": {\"NUMBER\": {\"min\": 10, \"max\": \"old\"}}}}");
        CliRun r = CliRun.run("inspect", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("error: ").contains("bad.spec.json", "age", "NUMBER", "max")
                .doesNotContain("\tat ");
        assertThat(r.stderr().lines().count()).isLessThanOrEqualTo(2);
        CliRun verbose = CliRun.run("inspect", "--verbose", bad.toString());
        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(verbose.stderr()).contains("\tat io.factoreally.");
    }

    @Test
    void malformedSpecNamesLineAndColumn() throws IOException {
        Path bad = Files.writeString(tmp.resolve("broken.spec.json"), "{\"fields\": {\n  \"age\": {,}\n}}");
        CliRun r = CliRun.run("generate", "--spec", bad.toString(), "--count", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).contains("broken.spec.json", "line 2", "column").doesNotContain("\tat ");
    }
}
