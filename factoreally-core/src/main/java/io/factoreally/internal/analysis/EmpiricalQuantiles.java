package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.Distribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evenly spaced quantiles of a sample, for data no parametric candidate fits. At most 101 points
 * (percentiles) and at most one point per {@value #VALUES_PER_POINT} values, so a quantile summarises
 * several observations rather than repeating single raw values.
 */
final class EmpiricalQuantiles {
    static final int MAX_POINTS = 101;
    static final int VALUES_PER_POINT = 3;
    static final int MIN_VALUES = 20;
    private static final MathContext DIGITS = new MathContext(8, RoundingMode.HALF_EVEN);

    private EmpiricalQuantiles() {
    }

    /** The quantiles of {@code sample}, or null when it has fewer than {@value #MIN_VALUES} values (a range says as much). */
    static Distribution.Empirical of(double[] sample) {
        if (sample.length < MIN_VALUES) {
            return null;
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int points = Math.max(2, Math.min(MAX_POINTS, sorted.length / VALUES_PER_POINT));
        List<Double> q = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            double pos = (double) i * (sorted.length - 1) / (points - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(sorted.length - 1, lo + 1);
            double v = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
            double r = new BigDecimal(v).round(DIGITS).doubleValue();
            q.add(q.isEmpty() ? r : Math.max(r, q.get(q.size() - 1)));
        }
        return new Distribution.Empirical(q);
    }
}
