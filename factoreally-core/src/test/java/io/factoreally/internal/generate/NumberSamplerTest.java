package io.factoreally.internal.generate;

import io.factoreally.internal.spec.Distribution;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** NUMBER and NUMSTR: ranges, types, rounding and the fitted shape truncated to the range (Part A row 6). */
class NumberSamplerTest {
    private static final int N = 20_000;

    private static List<Object> draw(Object hint, int n) {
        ValueSampler s = Samplers.forHint((io.factoreally.internal.spec.ValueHint) hint);
        Rng rng = new Rng(99);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.sample(rng));
        }
        return out;
    }

    @Test
    void integerBoundsWithoutPrecGiveLongsCoveringTheRange() {
        List<Object> v = draw(new NumberHint(2L, 5L, null, null), 1000);
        assertThat(v).allMatch(x -> x instanceof Long l && l >= 2 && l <= 5);
        assertThat(new HashSet<>(v)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
    }

    @Test
    void normalWithIntegerBoundsGivesIntegersInside() {
        List<Object> v = draw(new NumberHint(15L, 64L, null, new Distribution.Normal(38.9, 10.122)), N);
        assertThat(v).allMatch(x -> x instanceof Long l && l >= 15 && l <= 64);
        double expected = SpecConformance.truncatedMean(new Distribution.Normal(38.9, 10.122), 14.5, 64.5);
        assertThat(mean(v)).isCloseTo(expected, within(0.3));
    }

    @Test
    void constantReturnsMinItself() {
        assertThat(draw(new NumberHint(3L, 3L, null, null), 5)).containsOnly(3L);
        assertThat(draw(new NumstrHint(new NumberHint(777L, 777L, null, null)), 3)).containsOnly("777");
    }

    @Test
    void everyDistributionStaysInsideWithItsTruncatedMeanAndNoMassOnTheBounds() {
        List<Distribution> dists = List.of(new Distribution.Normal(10, 4), new Distribution.Gamma(1.906, 0.313, -0.004),
                new Distribution.Beta(1.841, 4.298, 0.006, 0.923), new Distribution.LogNormal(0.558, -0.55, 19.859),
                new Distribution.Exponential(0.008, 3.9), new Distribution.Weibull(1.691, 0.389, 9.539));
        double[][] ranges = {{2, 14}, {0.5, 16.128}, {0.01, 0.7417}, {5, 53.95}, {0.2, 14.418}, {1, 22.207}};
        for (int i = 0; i < dists.size(); i++) {
            double lo = ranges[i][0];
            double hi = ranges[i][1];
            List<Object> v = draw(new NumberHint(lo, hi, 4, dists.get(i)), N);
            assertThat(v).as(dists.get(i).key()).allMatch(x -> x instanceof Double d && d >= lo && d <= hi);
            double expected = SpecConformance.truncatedMean(dists.get(i), lo, hi);
            assertThat(mean(v)).as(dists.get(i).key()).isCloseTo(expected, within(0.02 * Math.abs(expected)));
            long onBounds = v.stream().filter(x -> (Double) x == lo || (Double) x == hi).count();
            assertThat(onBounds).as(dists.get(i).key() + " values piled on the bounds").isLessThan(N / 500);
        }
    }

    @Test
    void rangeFarInTheTailStillFollowsTheShape() {
        // mass in [30, 40] of normal(0, 10) is about 0.13%: inverse CDF, not redraws, keeps values inside
        List<Object> v = draw(new NumberHint(30.0, 40.0, 3, new Distribution.Normal(0, 10)), 5000);
        assertThat(v).allMatch(x -> (Double) x >= 30 && (Double) x <= 40);
        assertThat(mean(v)).isCloseTo(SpecConformance.truncatedMean(new Distribution.Normal(0, 10), 30, 40), within(0.1));
    }

    @Test
    void precRoundsAndFloatBoundsWithoutPrecGiveWholeFloats() {
        assertThat(draw(new NumberHint(0.0, 1.0, 2, null), 500))
                .allMatch(x -> PythonNumbers.round((Double) x, 2) == (Double) x);
        assertThat(draw(new NumberHint(0.0, 10.0, null, null), 200))
                .allMatch(x -> x instanceof Double d && d == Math.rint(d));
        assertThat(draw(new NumberHint(1L, 5L, 0, null), 100)).allMatch(x -> x instanceof Double);
    }

    @Test
    void invalidParametersFallBackToUniformInsideTheRange() {
        List<Object> v = draw(new NumberHint(0L, 100L, null, new Distribution.Gamma(2, 0, 0)), 5000);
        assertThat(v).allMatch(x -> (Long) x >= 0 && (Long) x <= 100);
        assertThat(mean(v)).isCloseTo(50, within(2.0));
    }

    @Test
    void theWidestDoubleRangeStaysFinite() {
        assertThat(draw(new NumberHint(-Double.MAX_VALUE, Double.MAX_VALUE, 0, null), 100))
                .allMatch(x -> Double.isFinite((Double) x));
    }

    @Test
    void bigIntegerBoundsStayExact() {
        java.math.BigInteger lo = new java.math.BigInteger("100000000000000000000");
        java.math.BigInteger hi = lo.add(java.math.BigInteger.valueOf(1000));
        assertThat(draw(new NumberHint(lo, hi, null, null), 200))
                .allMatch(x -> x instanceof java.math.BigInteger b && b.compareTo(lo) >= 0 && b.compareTo(hi) <= 0);
    }

    @Test
    void numstrWritesPythonStr() {
        List<Object> ints = draw(new NumstrHint(new NumberHint(10L, 99L, null, null)), 200);
        assertThat(ints).allMatch(x -> ((String) x).matches("\\d{2}"));
        Set<Object> floats = new HashSet<>(draw(new NumstrHint(new NumberHint(0.0, 1.0, 1, null)), 200));
        assertThat(floats).allMatch(x -> ((String) x).matches("(0\\.\\d|1\\.0)"));
        assertThat(draw(new NumstrHint(new NumberHint(0.00001, 0.00001, null, null)), 1)).containsExactly("1e-05");
    }

    private static double mean(List<Object> v) {
        return v.stream().mapToDouble(x -> ((Number) x).doubleValue()).average().orElseThrow();
    }
}
