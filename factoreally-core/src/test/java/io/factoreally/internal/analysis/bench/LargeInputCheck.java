package io.factoreally.internal.analysis.bench;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.internal.analysis.AnalysisRunner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Analyses one (large) file and prints records, throughput and the peak heap used. Run it with a small
 * heap to prove that memory does not grow with the input:
 *
 * <pre>
 * mvn -B -q -pl factoreally-core test -Dtest=LargeInputTest -Dfactoreally.large=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * which writes a 1 GB NDJSON of user-like records to the temp directory (once) and runs this class in a
 * child JVM with {@code -Xmx256m}.
 */
public final class LargeInputCheck {
    private LargeInputCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        AnalysisResult r = AnalysisRunner.analyze(file, CreateOptions.defaults().threads(threads));
        double s = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "records=%d fields=%d bytes=%d time=%.1fs rate=%.1fMB/s maxHeap=%dMB peakHeap=%dMB%n",
                r.records(), r.fields(), Files.size(file), s, Files.size(file) / 1e6 / s,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
