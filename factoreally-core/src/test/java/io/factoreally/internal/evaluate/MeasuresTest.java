package io.factoreally.internal.evaluate;

import io.factoreally.internal.evaluate.Measures.Cell;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MeasuresTest {

    private static double[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    @Test
    void ksIsZeroForIdenticalSamples() {
        assertThat(Measures.ks(range(1, 10), range(1, 10))).isZero();
    }

    @Test
    void ksOfShiftedSamplesAsComputedByHand() {
        // F_a(5) = 5/10, F_b(5) = 0 (b = 6..15): the largest gap is 0.5
        assertThat(Measures.ks(range(1, 10), range(6, 15))).isCloseTo(0.5, within(1e-12));
        assertThat(Measures.ksSweep(range(1, 10), range(6, 15))).isCloseTo(0.5, within(1e-12));
        // disjoint samples: 1
        assertThat(Measures.ks(range(1, 3), range(4, 6))).isCloseTo(1, within(1e-12));
        // a = {1,2,3,4}, b = {2,3,4,5}: F_a(1) = 1/4, F_b(1) = 0, gap 1/4 everywhere
        assertThat(Measures.ks(range(1, 4), range(2, 5))).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void ksOfTinyAndEmptySamples() {
        assertThat(Measures.ks(new double[] {1}, new double[] {1})).isZero();
        assertThat(Measures.ks(new double[] {1}, new double[] {2, 3})).isEqualTo(1);
        assertThat(Measures.ks(new double[0], new double[] {2})).isEqualTo(1);
        assertThat(Measures.ks(new double[0], new double[0])).isZero();
    }

    @Test
    void totalVariationDistance() {
        assertThat(Measures.tvd(Map.of("a", 5, "b", 5), Map.of("a", 1, "b", 1))).isZero();
        assertThat(Measures.tvd(Map.of("a", 1, "b", 1), Map.of("a", 1))).isCloseTo(0.5, within(1e-12));
        assertThat(Measures.tvd(Map.of("a", 1), Map.of("b", 7))).isEqualTo(1);
        assertThat(Measures.tvd(Map.of("a", 3, "b", 1), Map.of("a", 1, "b", 3))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void cramersVOfKnownTables() {
        assertThat(Measures.cramersV(table(new long[][] {{10, 0}, {0, 10}}))).isCloseTo(1, within(1e-12));
        assertThat(Measures.cramersV(table(new long[][] {{10, 10}, {10, 10}}))).isCloseTo(0, within(1e-12));
        // rows 30/70, cols 40/60, expected 12 18 28 42: chi2 = 4/12 + 4/18 + 4/28 + 4/42
        double chi2 = 4 / 12.0 + 4 / 18.0 + 4 / 28.0 + 4 / 42.0;
        assertThat(Measures.cramersV(table(new long[][] {{10, 20}, {30, 40}})))
                .isCloseTo(Math.sqrt(chi2 / 100), within(1e-12));
        // 3x2: min(r, c) - 1 = 1
        assertThat(Measures.cramersV(table(new long[][] {{5, 0}, {0, 5}, {5, 0}}))).isCloseTo(1, within(1e-12));
        assertThat(Measures.cramersV(table(new long[][] {{5, 5}}))).isZero();
    }

    @Test
    void biasCorrectedCramersV() {
        // perfect association stays 1, independence stays 0
        assertThat(Measures.cramersVCorrected(table(new long[][] {{10, 0}, {0, 10}}))).isCloseTo(1, within(1e-12));
        assertThat(Measures.cramersVCorrected(table(new long[][] {{10, 10}, {10, 10}}))).isZero();
        // phi2 = chi2 / n = 0.0079 is below its expected value under independence, 1 / 99: 0
        assertThat(Measures.cramersVCorrected(table(new long[][] {{10, 20}, {30, 40}}))).isZero();
        // 6 rows of 2 distinct values each, every value its own level: plain V is 1, corrected V is less
        long[][] tiny = new long[6][6];
        for (int i = 0; i < 6; i++) {
            tiny[i][i] = 2;
        }
        assertThat(Measures.cramersV(table(tiny))).isCloseTo(1, within(1e-12));
        // n = 12, r = c = 6: phi2 = 5 - 25/11; r~ = c~ = 6 - 25/11; V = sqrt(phi2 / (r~ - 1)) = sqrt((30/11) / (30/11))
        assertThat(Measures.cramersVCorrected(table(tiny))).isCloseTo(1, within(1e-12));
        // a weak association in a small table: 2x2 with counts 6 4 / 4 6, n = 20
        // chi2 = 0.8, phi2 = 0.04, corrected 0.04 - 1/19 < 0 -> 0 (plain V = 0.2)
        assertThat(Measures.cramersV(table(new long[][] {{6, 4}, {4, 6}}))).isCloseTo(0.2, within(1e-12));
        assertThat(Measures.cramersVCorrected(table(new long[][] {{6, 4}, {4, 6}}))).isZero();
    }

    @Test
    void spearmanOnMonotoneAndAntiMonotoneData() {
        double[] x = range(1, 20);
        double[] cube = IntStream.rangeClosed(1, 20).mapToDouble(i -> i * (double) i * i).toArray();
        double[] negExp = IntStream.rangeClosed(1, 20).mapToDouble(i -> -Math.exp(i)).toArray();
        assertThat(Measures.spearman(x, cube)).isCloseTo(1, within(1e-12));
        assertThat(Measures.spearman(x, negExp)).isCloseTo(-1, within(1e-12));
        assertThat(Measures.spearman(x, new double[20])).isZero(); // constant side: undefined -> 0
    }

    @Test
    void correlationRatio() {
        String[] groups = {"a", "a", "b", "b"};
        assertThat(Measures.correlationRatio(groups, new double[] {1, 1, 5, 5})).isCloseTo(1, within(1e-12));
        assertThat(Measures.correlationRatio(groups, new double[] {1, 5, 1, 5})).isCloseTo(0, within(1e-12));
        // group means 2 and 4, overall 3: between = 4, total = (1-3)^2+(3-3)^2+(3-3)^2+(5-3)^2 = 8, within = 4;
        // eta^2 = 0.5 less chance: epsilon^2 = 1 - (4 / (4 - 2)) / (8 / (4 - 1)) = 0.25
        assertThat(Measures.correlationRatio(groups, new double[] {1, 3, 3, 5})).isCloseTo(0.5, within(1e-12));
        // 50 groups of 4 random numbers: eta alone is about sqrt(49 / 199) = 0.5; corrected it is about 0
        java.util.Random random = new java.util.Random(3);
        String[] many = new String[200];
        double[] noise = new double[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = "g" + i / 4;
            noise[i] = random.nextGaussian();
        }
        assertThat(Measures.correlationRatio(many, noise)).isLessThan(0.2);
        // one value per group tells nothing
        assertThat(Measures.correlationRatio(new String[] {"a", "b"}, new double[] {1, 2})).isZero();
    }

    @Test
    void rankCorrelationRatioIsTheRatioOfRanksAndIgnoresHowFarOutTheExtremesAre() {
        String[] groups = {"a", "a", "a", "b", "b", "b"};
        // ranks 1 2 3 | 4 5 6 whatever the scale: the category orders the values completely
        double[] spread = {1, 2, 3, 4, 5, 1e9};
        double[] ranks = {1, 2, 3, 4, 5, 6};
        assertThat(Measures.rankCorrelationRatio(groups, spread))
                .isCloseTo(Measures.correlationRatio(groups, ranks), within(1e-12));
        // on raw values the one extreme value decides: b's mean is far from a's, but b's spread is huge
        assertThat(Measures.correlationRatio(groups, spread)).isLessThan(0.01);
        assertThat(Measures.rankCorrelationRatio(groups, spread)).isCloseTo(0.845, within(0.001));
        // ties share their mean rank: 1 1 | 2 2 -> ranks 1.5 1.5 | 3.5 3.5, fully explained
        assertThat(Measures.rankCorrelationRatio(new String[] {"a", "a", "b", "b"}, new double[] {1, 1, 2, 2}))
                .isCloseTo(1, within(1e-12));
    }

    private static Map<Cell, Long> table(long[][] counts) {
        Map<Cell, Long> t = new HashMap<>();
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                t.put(new Cell("r" + r, "c" + c), counts[r][c]);
            }
        }
        return t;
    }
}
