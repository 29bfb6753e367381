package io.factoreally.internal.analysis.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.internal.analysis.AnalysisRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Analysis throughput next to a bare Jackson pass over the same file, in one run.
 *
 * <pre>
 * mvn -B -q -pl factoreally-core test -Dtest=AnalysisBenchmarkTest -Dfactoreally.bench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * (runs this class's {@link #main}, in a JVM of its own per input, on the largest shared data file and
 * a generated 100 MB NDJSON of user-like records; prints MB/s and records/s for the bare pass, 1 thread
 * and all cores; add {@code -Dfactoreally.bench.rounds=12} for more rounds, which also warms the JIT
 * further).
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            bench(Path.of(a));
        }
    }

    static void bench(Path file) throws IOException {
        double mb = Files.size(file) / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        long records = countRecords(file);
        System.out.printf(Locale.ROOT, "%s (%.1f MB, %d records)%n", file.getFileName(), mb, records);
        // rounds alternate the three measurements so that load from other processes hits all of them alike
        long bare = Long.MAX_VALUE;
        long one = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            bare = Math.min(bare, time(() -> bareTokenPass(file)));
            one = Math.min(one, time(() -> AnalysisRunner.analyze(file, CreateOptions.defaults().threads(1))));
            all = Math.min(all, time(() -> AnalysisRunner.analyze(file, CreateOptions.defaults().threads(cores))));
            plain = Math.min(plain, time(() -> AnalysisRunner.analyze(file,
                    CreateOptions.defaults().threads(1).relations(false))));
        }
        line("bare Jackson token pass", mb, records, bare);
        line("analysis, 1 thread", mb, records, one);
        line("analysis, " + cores + " threads", mb, records, all);
        line("1 thread, no relations", mb, records, plain);
        System.out.printf(Locale.ROOT, "  single thread = %.0f%% of the bare pass (best of %d rounds)%n",
                100.0 * bare / one, ROUNDS);
    }

    /** Rounds per measurement (best kept): {@code -Dfactoreally.bench.rounds=N}, 5 by default. */
    private static final int ROUNDS = Integer.getInteger("factoreally.bench.rounds", 5);

    private interface Run {
        Object run() throws IOException;
    }

    private static long time(Run r) throws IOException {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static void line(String what, double mb, long records, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "  %-28s %8.1f MB/s %12.0f records/s  (%.2f s)%n", what, mb / s, records / s, s);
    }

    /** Reads every token, including string and number text, and does nothing else. */
    static long bareTokenPass(Path file) throws IOException {
        long n = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    n += p.getTextLength();
                }
            }
        }
        return n;
    }

    private static long countRecords(Path file) throws IOException {
        long n = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            boolean array = t == JsonToken.START_ARRAY;
            if (!array) {
                p.skipChildren();
                n++;
            }
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    n++;
                    p.skipChildren();
                }
            }
        }
        return n;
    }

}
