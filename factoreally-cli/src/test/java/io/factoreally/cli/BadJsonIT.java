package io.factoreally.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the JSONTestSuite excerpt in {@code shared/data/bad-json} through {@code create} as a
 * process: {@code n_*} files are rejected (exit 1, file + line + column, no output, no stack trace);
 * {@code y_*} files are valid JSON and either analysed or, when they are not records (a bare scalar),
 * refused with a one- or two-line message.
 */
class BadJsonIT {
    private static final Path DIR = Path.of("../../shared/data/bad-json").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    static Stream<String> rejected() throws IOException {
        return files("n_");
    }

    static Stream<String> valid() throws IOException {
        return files("y_");
    }

    private static Stream<String> files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void malformedJsonIsRejectedWithFileLineAndColumn(String name) throws Exception {
        Path in = DIR.resolve(name);
        CliProcess.Result r = CliProcess.run(tmp, "create", "--in", in.toString(), "--out", "out.spec.json");
        assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
        List<String> lines = r.stderr().lines().filter(l -> !l.startsWith("Loading ")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(name).doesNotContain("internal error");
        assertThat(lines.get(0)).containsPattern("line \\d+, column \\d+");
        if (Files.readString(in, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            // an empty (or whitespace-only) input says so, pointing at its end
            assertThat(lines.get(0)).endsWith(" (the input is empty)");
        }
        assertThat(tmp).isEmptyDirectory();
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validJsonIsAnalysedOrRefusedClearly(String name) throws Exception {
        Path in = DIR.resolve(name);
        CliProcess.Result r = CliProcess.run(tmp, "create", "--in", in.toString(), "--out", "out.spec.json", "-q");
        assertThat(r.stderr()).doesNotContain("\tat ", "internal error");
        if (r.exit() == 0) {
            assertThat(tmp.resolve("out.spec.json")).isNotEmptyFile();
            assertThat(CliProcess.run(tmp, "inspect", "-q", "out.spec.json").exit()).isZero();
        } else {
            assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
            assertThat(r.stderr()).startsWith("error: ").contains(name);
            assertThat(r.stderr().lines().count()).isBetween(1L, 2L);
            assertThat(tmp).isEmptyDirectory();
        }
    }
}
