package io.factoreally.internal.relations;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The entries with the smallest (priority, index), listed by index. */
class BottomKTest {
    private static void check(long indexBase, int capacity, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BottomK<Long> b = new BottomK<>(capacity);
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long index = indexBase + i * 3L;
            long priority = r.nextInt(n / 2 + 1); // ties: the larger index goes first
            b.add(priority, index, index);
            all.add(new long[] {priority, index});
        }
        all.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        List<Long> expected = all.subList(0, Math.min(capacity, n)).stream().map(a -> a[1]).sorted().toList();
        assertThat(b.valuesByIndex()).as("base %d", indexBase).isEqualTo(expected);
    }

    @Test
    void keepsTheSmallestByPriorityThenIndexAndListsThemByIndex() {
        check(0, 100, 3000, 1);
        check(0, 100, 50, 2);
        check(1L << 42, 64, 1000, 3);
        check(1L << 50, 64, 1000, 4); // indices beyond the packed sort's range
        check(0, 0, 10, 5);
    }
}
