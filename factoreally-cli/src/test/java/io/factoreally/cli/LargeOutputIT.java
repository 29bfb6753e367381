package io.factoreally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that generation streams: 2 GB of NDJSON through a 64 MB heap, read from the process's standard
 * output and counted (nothing is stored). Not in the default run (about 20 s: 21.5 million records, 3.2 GB); run it with
 * <pre>
 * mvn -B -pl factoreally-cli -am verify -Dfactoreally.large=true -Dit.test=LargeOutputIT \
 *     -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * or by hand:
 * {@code ./factoreally generate --spec SPEC --count 15000000 --format ndjson | wc -c} with
 * {@code FACTOREALLY_JAVA_OPTS=-Xmx64m}.
 */
@EnabledIfSystemProperty(named = "factoreally.large", matches = "true")
class LargeOutputIT {
    private static final long TWO_GB = 2L << 30;

    @Test
    void twoGigabytesOfNdjsonWithA64MegabyteHeap() throws Exception {
        Path spec = Path.of("src/test/resources/penguins.spec.json").toAbsolutePath();
        // penguin records are > 100 bytes each, so this count is more than 2 GB
        long count = TWO_GB / 100;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-jar", CliProcess.JAR.toString(),
                "generate", "--spec", spec.toString(), "--count", Long.toString(count), "--seed", "1",
                "--format", "ndjson")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long bytes = 0;
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = p.getInputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(lines).isEqualTo(count);
        assertThat(bytes).isGreaterThan(TWO_GB);
        System.out.printf("generated %,d records, %,d bytes with -Xmx64m%n", lines, bytes);
    }
}
