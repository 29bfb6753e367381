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
}
