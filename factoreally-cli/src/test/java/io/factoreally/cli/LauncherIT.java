package io.factoreally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code factoreally} launcher script at the repository root runs the freshly built jar. */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    private static final Path SCRIPT = Path.of("../factoreally").toAbsolutePath().normalize();

    @Test
    void theLauncherIsExecutableAndRunsTheJar() throws Exception {
        assertThat(Files.isExecutable(SCRIPT)).as(SCRIPT + " is executable").isTrue();
        Process p = new ProcessBuilder(SCRIPT.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("factoreally " + CliProcess.run(Path.of("."), "--version").out().lines()
                .findFirst().orElseThrow().substring("factoreally ".length()) + "\n");
    }
}
