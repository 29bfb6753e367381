package io.factoreally.internal.analysis.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 1 GB of NDJSON analysed in a JVM with a 256 MB heap. Only with {@code -Dfactoreally.large=true}. */
@EnabledIfSystemProperty(named = "factoreally.large", matches = "true")
class LargeInputTest {
    @Test
    void oneGigabyteWithA256MegabyteHeap() throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "factoreally-users-1gb.ndjson");
        if (!Files.exists(file) || Files.size(file) < 1_000_000_000L) {
            UserLikeRecords.write(Path.of("../../shared/data/users.json"), file, 1_000_000_000L);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int threads = Runtime.getRuntime().availableProcessors();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargeInputCheck.class.getName(), file.toString(), Integer.toString(threads))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("records=").contains("maxHeap=");
    }
}
