package io.factoreally.internal.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctEstimatorTest {
    @Test
    void estimatesWithinThreeStandardErrorsAndIgnoresRepeats() { // k = 1024: about 3% each
        DistinctEstimator e = new DistinctEstimator();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 100_000; i++) {
                e.add("v" + i);
            }
        }
        assertThat(e.estimate()).isBetween(90_000L, 110_000L);
        DistinctEstimator small = new DistinctEstimator();
        for (int i = 0; i < 500; i++) {
            small.add((long) i);
            small.add((long) i);
        }
        assertThat(small.estimate()).isEqualTo(500);
    }

    @Test
    void aSegmentGuidedByTheTotalMergesToTheSameEstimate() {
        DistinctEstimator total = new DistinctEstimator();
        DistinctEstimator plainTotal = new DistinctEstimator();
        List<Long> estimates = new ArrayList<>();
        for (int segment = 0; segment < 5; segment++) {
            DistinctEstimator guided = new DistinctEstimator();
            guided.excludeBeyond(total.cutoff()); // what the total cannot take any more
            DistinctEstimator plain = new DistinctEstimator();
            for (int i = 0; i < 20_000; i++) {
                String v = "s" + segment + "-" + i;
                guided.add(v);
                plain.add(v);
            }
            if (segment > 0) {
                assertThat(guided.cutoff()).as("keeps fewer than k").isEqualTo(Long.MAX_VALUE);
            }
            total.merge(guided);
            plainTotal.merge(plain);
            assertThat(total.estimate()).isEqualTo(plainTotal.estimate());
            assertThat(total.cutoff()).isEqualTo(plainTotal.cutoff());
            estimates.add(total.estimate());
        }
        assertThat(estimates.get(4)).isBetween(90_000L, 110_000L);
    }
}
