package io.factoreally.internal.analysis.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysis memory does not grow with the input: NDJSON analysed in a child JVM with a small heap.
 * The default run (CI) analyses 40 MB with {@code -Xmx64m}; {@code -Dfactoreally.large=true} analyses
 * 1 GB with {@code -Xmx256m}, the figure issue 3 asks for.
 */
class LargeInputTest {
    @Test
    void inputFarLargerThanTheHeap() throws Exception {
        boolean full = Boolean.getBoolean("factoreally.large");
        long bytes = full ? 1_000_000_000L : 40_000_000L;
        String heap = full ? "-Xmx256m" : "-Xmx64m";
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "factoreally-users-" + bytes + ".ndjson");
        if (!Files.exists(file) || Files.size(file) < bytes) {
            UserLikeRecords.write(Path.of("../../shared/data/users.json"), file, bytes);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int threads = Runtime.getRuntime().availableProcessors();
        Process p = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"),
                LargeInputCheck.class.getName(), file.toString(), Integer.toString(threads))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("records=").contains("maxHeap=");
    }
}
