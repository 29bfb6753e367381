package io.factoreally.internal.analysis;

import io.factoreally.internal.model.ModelShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One thread adds records straight into the total; threads merge a fresh tree per chunk. Both run the
 * chunk-boundary step after every chunk, and must end in exactly the same state: that is what makes
 * the spec independent of the thread count.
 */
class ChunkEquivalenceTest {
    private static final ModelPaths NO_MODEL = ModelPaths.of(ModelShape.none(), false);

    /** Mostly unique values, some heavy hitters, longs, doubles and booleans. */
    private static List<Object> values(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            out.add(switch (kind) {
                case 0, 1 -> "hot" + r.nextInt(4);
                case 2 -> (long) r.nextInt(30);
                case 3 -> r.nextInt(5) * 0.5;
                case 4 -> r.nextBoolean();
                default -> "v" + r.nextInt(n);
            });
        }
        return out;
    }

    @Test
    void valueCountsDirectEqualsMergedChunksAlsoAfterSaturation() {
        List<Object> vs = values(6000, 42);
        int chunk = 50;
        ValueCounts direct = new ValueCounts(16);
        ValueCounts merged = new ValueCounts(16);
        for (int start = 0; start < vs.size(); start += chunk) {
            ValueCounts fresh = new ValueCounts(16);
            for (int i = start; i < Math.min(vs.size(), start + chunk); i++) {
                direct.add(vs.get(i), i);
                fresh.add(vs.get(i), i);
            }
            direct.chunkDone();
            merged.merge(fresh);
            merged.chunkDone();
            assertThat(dump(merged)).isEqualTo(dump(direct));
            assertThat(direct.size()).isLessThan(2 * 16);
        }
        assertThat(direct.complete()).isFalse();
        assertThat(direct.distinct()).isGreaterThan(1000);
    }

    @Test
    void countsStayBoundsOfTheTrueCountsAfterEviction() {
        List<Object> vs = values(6000, 7);
        Map<Object, Long> truth = new HashMap<>();
        ValueCounts v = new ValueCounts(16);
        for (int i = 0; i < vs.size(); i++) {
            v.add(vs.get(i), i);
            truth.merge(vs.get(i), 1L, Long::sum);
            if (i % 50 == 49) {
                v.chunkDone();
            }
        }
        assertThat(v.complete()).isFalse();
        v.entries().forEach((k, e) -> {
            assertThat(e.lowerBound()).as("lower bound of %s", k).isLessThanOrEqualTo(truth.get(k));
            assertThat(e.count).as("upper bound of %s", k).isGreaterThanOrEqualTo(truth.get(k));
        });
        // the heavy hitters survive with (almost) their share
        assertThat(v.entries().get("hot0").count).isGreaterThan(truth.get("hot0") - 100);
    }

    @Test
    void numericReservoirDirectEqualsMergedChunks() {
        SplittableRandom r = new SplittableRandom(3);
        NumericStats direct = new NumericStats();
        NumericStats merged = new NumericStats();
        for (int c = 0; c < 40; c++) {
            NumericStats fresh = new NumericStats();
            for (int i = 0; i < 500; i++) {
                long order = (long) (c * 500 + i) << 24;
                if (r.nextInt(3) == 0) {
                    long v = r.nextInt(1000) + 1;
                    direct.addLong(v, order);
                    fresh.addLong(v, order);
                } else {
                    double d = r.nextInt(1000) + 1.0; // equal to a long at times: 1 vs 1.0 keep the first seen
                    direct.add(d, d, order);
                    fresh.add(d, d, order);
                }
            }
            merged.merge(fresh);
            assertThat(TreeDump.numbers("n", merged, new StringBuilder()))
                    .isEqualTo(TreeDump.numbers("n", direct, new StringBuilder()));
        }
        assertThat(direct.sampleSize()).isEqualTo(NumericStats.SAMPLE_SIZE);
        assertThat(merged.sample()).containsExactly(direct.sample());
    }

    @Test
    void minimumOfEqualNumbersIsTheFirstSeenWhateverTheMergeOrder() {
        NumericStats early = new NumericStats();
        early.addLong(1, 5);
        NumericStats late = new NumericStats();
        late.add(1.0, 1.0, 9);
        late.merge(early);
        assertThat(late.min).isEqualTo(1L);
        assertThat(late.max).isEqualTo(1L);
    }

    @Test
    void topKSelectsWhatASortWouldKeep() {
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(300);
            long[] counts = new long[n];
            long[] firsts = new long[n];
            for (int i = 0; i < n; i++) {
                counts[i] = r.nextInt(round % 2 == 0 ? 3 : 1000);
                firsts[i] = r.nextInt(50); // ties too: then the table position decides
            }
            int k = r.nextInt(n + 1);
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            TopK.select(idx, k, counts, firsts);
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            all.sort((a, b) -> a.equals(b) ? 0 : TopK.better(a, b, counts, firsts) ? -1 : 1);
            assertThat(java.util.Arrays.stream(idx, 0, k).sorted().boxed().toList())
                    .isEqualTo(all.subList(0, k).stream().sorted().toList());
        }
    }

    /**
     * Records with unique ids, heavy hitters, ints and floats that compare equal, arrays of unique
     * strings (thousands of distinct values in one chunk), nulls, and an object that gets more than
     * {@value PathNode#MAX_MEMBERS} distinct keys within one chunk (folded into a map mid-chunk).
     */
    private static String generated() {
        SplittableRandom r = new SplittableRandom(5);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("{\"id\": \"u").append(i).append("\", \"c\": \"").append("ABCD".charAt(r.nextInt(4)))
                    .append("\", \"n\": ").append(r.nextBoolean() ? "1" : r.nextInt(5) + ".0")
                    .append(", \"tags\": [");
            for (int t = 0; t < 4; t++) {
                b.append(t == 0 ? "" : ", ").append("\"t").append(r.nextInt(100_000)).append('"');
            }
            b.append("], \"wide\": {");
            for (int k = 0; k < 12; k++) {
                b.append(k == 0 ? "" : ", ").append("\"k").append(i < 1500 ? i * 12 + k : k * 50 + r.nextInt(50)).append("\": ")
                        .append(r.nextInt(10) == 0 ? "null" : "{\"x\": " + r.nextInt(7) + "}");
            }
            b.append("}, \"opt\": ").append(i % 7 == 0 ? "null" : "\"o" + (i % 13) + "\"").append("}\n");
        }
        return b.toString();
    }

    static List<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    @Test
    void wholeTreeDirectEqualsMergedChunksOnGeneratedRecords() {
        byte[] in = generated().getBytes(StandardCharsets.UTF_8);
        String direct = direct(in, 100);
        assertThat(merged(in, 100)).isEqualTo(direct);
        assertThat(direct).contains("MAP_VALUE wide.{}"); // folded while reading (mid-chunk in the chunk trees)
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void wholeTreeDirectEqualsMergedChunksOnDataSets(String dataSet) throws Exception {
        byte[] in = java.nio.file.Files.readAllBytes(TestAnalysis.DATA.resolve(dataSet + ".json"));
        assertThat(merged(in, 7)).isEqualTo(direct(in, 7));
    }

    private static String direct(byte[] in, int chunk) {
        PathNode total = PathNode.root(true);
        Extractor x = new Extractor(NO_MODEL, StringFormats.all(), "t", total);
        long n = RecordReader.of(new ByteArrayInputStream(in), "t").read((p, i) -> {
            x.record(p, i);
            if ((i + 1) % chunk == 0) {
                total.chunkDone();
            }
        });
        if (n % chunk != 0) {
            total.chunkDone();
        }
        return TreeDump.of(total);
    }

    private static String merged(byte[] in, int chunk) {
        PathNode total = PathNode.root(true);
        Extractor[] x = {new Extractor(NO_MODEL, StringFormats.all(), "t")};
        long n = RecordReader.of(new ByteArrayInputStream(in), "t").read((p, i) -> {
            x[0].record(p, i);
            if ((i + 1) % chunk == 0) {
                total.mergeFrom(x[0].root(), NO_MODEL, StringFormats.all());
                total.chunkDone();
                x[0] = new Extractor(NO_MODEL, StringFormats.all(), "t");
            }
        });
        if (n % chunk != 0) {
            total.mergeFrom(x[0].root(), NO_MODEL, StringFormats.all());
            total.chunkDone();
        }
        return TreeDump.of(total);
    }

    private static String dump(ValueCounts v) {
        return TreeDump.values("v", v, new StringBuilder());
    }
}
