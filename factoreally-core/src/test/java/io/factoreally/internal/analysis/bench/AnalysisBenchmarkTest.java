package io.factoreally.internal.analysis.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link AnalysisBenchmark} only when asked: {@code -Dfactoreally.bench=true}. Each input in a JVM of
 * its own (as JMH forks one per benchmark): compiled code keeps the profile of what ran before it, and
 * the users file analysed after the webhooks in one JVM ran about 10% slower than in a fresh one, which
 * is how the command-line tool runs (one input per process).
 */
@EnabledIfSystemProperty(named = "factoreally.bench", matches = "true")
class AnalysisBenchmarkTest {
    @Test
    void benchmark() throws Exception {
        Path data = Path.of("../../shared/data");
        Path users = Path.of(System.getProperty("java.io.tmpdir"), "factoreally-users-100mb.ndjson");
        if (!Files.exists(users)) {
            UserLikeRecords.write(data.resolve("users.json"), users, 100_000_000L);
        }
        for (Path input : List.of(data.resolve("github-webhooks.json"), users)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Dfactoreally.bench.rounds=" + Integer.getInteger("factoreally.bench.rounds", 5),
                    "-cp", System.getProperty("java.class.path"), AnalysisBenchmark.class.getName(), input.toString())
                    .redirectErrorStream(true).start();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                lines.lines().forEach(System.out::println); // through the test's output, as surefire shows it
            }
            assertThat(p.waitFor()).as("benchmark of " + input).isZero();
        }
    }
}
