package io.factoreally.internal.analysis.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@link AnalysisBenchmark} only when asked: {@code -Dfactoreally.bench=true}. */
@EnabledIfSystemProperty(named = "factoreally.bench", matches = "true")
class AnalysisBenchmarkTest {
    @Test
    void benchmark() throws Exception {
        Path data = Path.of("../../shared/data");
        Path users = Path.of(System.getProperty("java.io.tmpdir"), "factoreally-users-100mb.ndjson");
        if (!Files.exists(users)) {
            UserLikeRecords.write(data.resolve("users.json"), users, 100_000_000L);
        }
        AnalysisBenchmark.main(new String[] {data.resolve("github-webhooks.json").toString(), users.toString()});
    }
}
