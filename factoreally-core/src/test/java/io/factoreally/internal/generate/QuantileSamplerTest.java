package io.factoreally.internal.generate;

import io.factoreally.internal.spec.Distribution;
import io.factoreally.internal.spec.NumberHint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** NUMBER drawn from a given uniform (for copulas): inside the range, monotone, and inverted by quantileOf. */
class QuantileSamplerTest {
    private static final List<NumberHint> HINTS = List.of(
            new NumberHint(1613L, 5140L, null, new Distribution.Gamma(2.42281, 0.00172035, 1571.09)),
            new NumberHint(9.0, 46.6, 1, new Distribution.Weibull(1.99511, 8.6808, 16.7538)),
            new NumberHint(46L, 230L, null, new Distribution.LogNormal(0.496923, 28.577, 67.7311)),
            new NumberHint(0.0, 100.0, 2, null),
            new NumberHint(3L, 8L, null, null),
            new NumberHint(32.1, 59.6, 1, new Distribution.Normal(43.9219, 5.4516)));

    @Test
    void atIsMonotoneInsideTheRangeAndQuantileOfInvertsIt() {
        for (NumberHint h : HINTS) {
            QuantileSampler s = (QuantileSampler) Samplers.forHint(h);
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                double u = (i + 0.5) / 1000;
                Object v = s.at(u);
                assertThat(v).as(h + " type").isInstanceOf(h.integralBounds() && h.prec() == null ? Long.class : Double.class);
                double x = ((Number) v).doubleValue();
                assertThat(x).as(h + " at " + u).isBetween(h.min().doubleValue(), h.max().doubleValue());
                assertThat(x).as(h + " monotone at " + u).isGreaterThanOrEqualTo(previous);
                previous = x;
                // rounding to prec / whole numbers moves the quantile by at most one step's mass
                assertThat(s.quantileOf(v)).as(h + " quantileOf at " + u).isCloseTo(u, within(0.2));
            }
            assertThat(s.quantileOf("text")).isNaN();
        }
    }

    @Test
    void atFollowsTheSameDistributionAsSample() {
        QuantileSampler s = (QuantileSampler) Samplers.forHint(HINTS.get(0));
        Rng rng = new Rng(3);
        double viaAt = 0;
        double viaSample = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            viaAt += ((Number) s.at(rng.nextDouble())).doubleValue();
            viaSample += ((Number) s.sample(rng)).doubleValue();
        }
        assertThat(viaAt / n).isCloseTo(viaSample / n, within(20.0));
    }
}
