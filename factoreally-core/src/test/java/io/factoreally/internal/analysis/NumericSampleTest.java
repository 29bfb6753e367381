package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The numeric sample is exactly the values with the smallest priorities, in priority order. */
class NumericSampleTest {
    @Test
    void sampleIsTheBottomKByPriority() {
        SplittableRandom r = new SplittableRandom(17);
        for (int n : new int[] {1, 100, NumericStats.SAMPLE_SIZE, NumericStats.SAMPLE_SIZE + 1, 50_000}) {
            NumericStats s = new NumericStats();
            List<long[]> all = new ArrayList<>(); // (priority, value bits)
            for (int i = 0; i < n; i++) {
                long order = (long) i << 24 | r.nextInt(5);
                double v = r.nextInt(1000) / 8.0;
                s.addDouble(v, order);
                all.add(new long[] {NumericStats.priority(order), Double.doubleToLongBits(v)});
            }
            all.sort(Comparator.comparingLong(a -> a[0]));
            int k = Math.min(n, NumericStats.SAMPLE_SIZE);
            double[] expected = all.subList(0, k).stream().mapToDouble(a -> Double.longBitsToDouble(a[1])).toArray();
            assertThat(s.sample()).as("n=%d", n).containsExactly(expected);
            assertThat(s.count).isEqualTo(n);
        }
    }

    @Test
    void aSegmentGuidedByTheTotalMergesToTheSameSample() {
        SplittableRandom r = new SplittableRandom(5);
        NumericStats total = new NumericStats();
        NumericStats plainTotal = new NumericStats();
        for (int segment = 0; segment < 6; segment++) {
            NumericStats guided = new NumericStats();
            guided.excludeBeyond(total.cutoff()); // rejects what can no longer enter the total's sample
            NumericStats plain = new NumericStats();
            for (int i = 0; i < 9_000; i++) {
                long order = (long) (segment * 9_000 + i) << 24;
                double v = r.nextInt(100_000) / 16.0;
                guided.addDouble(v, order);
                plain.addDouble(v, order);
            }
            assertThat(plain.sampleSize()).isEqualTo(NumericStats.SAMPLE_SIZE);
            if (segment >= 3) { // the total's sample has seen 27,000 values: few more can enter it
                assertThat(guided.sampleSize()).as("segment %d", segment).isLessThan(NumericStats.SAMPLE_SIZE / 2);
            }
            total.merge(guided);
            plainTotal.merge(plain);
            assertThat(total.sample()).containsExactly(plainTotal.sample());
        }
        assertThat(total.count).isEqualTo(plainTotal.count).isEqualTo(54_000);
    }
}
