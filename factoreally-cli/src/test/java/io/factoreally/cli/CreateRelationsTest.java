package io.factoreally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code create} learns relations between fields unless {@code --no-relations} or {@code --python-compatible}. */
class CreateRelationsTest {
    private static final String PENGUINS = "src/test/resources/penguins.json";

    @TempDir
    Path tmp;

    private String create(String... extra) throws IOException {
        Path out = tmp.resolve("s" + extra.length + ".json");
        String[] args = new String[4 + extra.length];
        args[0] = "create";
        args[1] = "-q";
        System.arraycopy(extra, 0, args, 2, extra.length);
        args[2 + extra.length] = "--in";
        args[3 + extra.length] = PENGUINS;
        CliRun r = CliRun.run(append(args, "--out", out.toString()));
        assertThat(r.exit()).as(r.stderr()).isZero();
        return Files.readString(out);
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }

    @Test
    void relationsAreLearnedByDefaultAndCanBeTurnedOff() throws IOException {
        assertThat(create()).contains("\"relations\"").contains("\"kind\": \"categorical\"");
        assertThat(create("--no-relations")).doesNotContain("\"relations\"");
        assertThat(create("--python-compatible")).doesNotContain("\"relations\"");
    }
}
