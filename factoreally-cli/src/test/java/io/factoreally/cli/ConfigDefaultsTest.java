package io.factoreally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code --config} (original: {@code --cli}) file of option defaults. */
class ConfigDefaultsTest {
    @TempDir
    Path tmp;

    private <T> T parsed(Class<T> type, String... args) {
        CommandLine cl = FactoreallyCli.commandLine(new StdStreams(System.in, System.out, System.err, false));
        ParseResult pr = cl.parseArgs(args);
        return type.cast(pr.subcommand().commandSpec().userObject());
    }

    @Test
    void theOriginalsKeysGiveDefaultsAndTheCommandLineWins() throws IOException {
        Path config = Files.writeString(tmp.resolve("cli.json"), """
                {"--in": "data/users.json", "--out": "users.spec.json", "--model": "com.acme.User",
                 "min-occurrences": 3, "--python-compatible": true, "--threads": 2}
                """);
        CreateCommand c = parsed(CreateCommand.class, "create", "--cli", config.toString(), "--out", "mine.json",
                "--threads", "4");
        ConfigDefaults.apply(c.spec, c.config);
        assertThat(c.in).isEqualTo(Path.of("data/users.json"));
        assertThat(c.out).isEqualTo(Path.of("mine.json"));
        assertThat(c.model).isEqualTo("com.acme.User");
        assertThat(c.minOccurrences).isEqualTo(3);
        assertThat(c.pythonCompatible).isTrue();
        assertThat(c.threads).isEqualTo(4);
    }

    @Test
    void generateOptionsIncludingRepeatedSetsAndEnums() throws IOException {
        Path config = Files.writeString(tmp.resolve("gen.json"), """
                {"--spec": "u.spec.json", "--count": 10000000000, "--seed": 7, "--set": ["role=admin", "age=42"],
                 "--format": "ndjson"}
                """);
        GenerateCommand g = parsed(GenerateCommand.class, "generate", "--config", config.toString(), "--seed", "8");
        ConfigDefaults.apply(g.spec, g.config);
        assertThat(g.specFile).isEqualTo(Path.of("u.spec.json"));
        assertThat(g.count).isEqualTo(10_000_000_000L);
        assertThat(g.seed).isEqualTo(8L);
        assertThat(g.sets).containsExactly("role=admin", "age=42");
        assertThat(g.format).isEqualTo(RecordWriter.Format.NDJSON);
    }

    @Test
    void unknownKeyIsAUsageErrorListingTheOptions() throws IOException {
        Path config = Files.writeString(tmp.resolve("c.json"), "{\"--input\": \"x.json\"}");
        CliRun r = CliRun.run("create", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: config file " + config + ": unknown option \"--input\" for "
                + "'factoreally create' (known: --in, --out, --model, --classpath, --min-occurrences, --threads, --python-compatible, --no-relations, --quiet, "
                + "--verbose)\n");
    }

    @Test
    void wrongValueTypeIsAUsageError() throws IOException {
        Path config = Files.writeString(tmp.resolve("c.json"), "{\"--threads\": \"many\"}");
        CliRun r = CliRun.run("create", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: config file " + config
                + ": \"--threads\" must be an integer, not \"many\"\n");
    }

    @Test
    void malformedConfigNamesLineAndColumn() throws IOException {
        Path config = Files.writeString(tmp.resolve("c.json"), "{\n  \"--in\": \"a.json\",\n}");
        CliRun r = CliRun.run("create", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: config file " + config + ": invalid JSON at line 3, column 1: ");
        assertThat(r.stderr().lines()).hasSize(2);
    }

    @Test
    void missingConfigAndNonObjectConfig() throws IOException {
        assertThat(CliRun.run("create", "--config", "nope.json").stderr())
                .startsWith("error: config file not found: nope.json\n");
        Path array = Files.writeString(tmp.resolve("a.json"), "[\"--in\"]");
        assertThat(CliRun.run("create", "--config", array.toString()).stderr())
                .startsWith("error: config file " + array + " must hold a JSON object of options");
    }

    @Test
    void configPathsAreCheckedLikeCommandLinePaths() throws IOException {
        Path config = Files.writeString(tmp.resolve("c.json"), "{\"--in\": \"missing.json\", \"--out\": \"o.json\"}");
        CliRun r = CliRun.run("create", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: --in: file not found: missing.json\n");
        assertThat(List.of(tmp.toFile().list())).containsExactly("c.json");
    }
}
