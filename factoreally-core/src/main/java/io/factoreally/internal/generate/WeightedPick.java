package io.factoreally.internal.generate;

import java.util.List;

/**
 * A weighted pick by binary search over cumulative weights: the one way CHOICE values and TEXT words are
 * drawn. Negative and non-finite weights count as zero.
 */
final class WeightedPick {
    private WeightedPick() {
    }

    /** Cumulative weights, or null when they do not apply (none, a different count than {@code n}, all zero). */
    static double[] cumulative(List<Double> weights, int n) {
        if (weights == null || weights.size() != n || n == 0) {
            return null;
        }
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights.get(i);
            sum += (w > 0 && Double.isFinite(w)) ? w : 0;
            c[i] = sum;
        }
        return sum > 0 ? c : null;
    }

    /** The first index whose cumulative weight exceeds a uniform draw: never a zero-weight entry. */
    static int pick(double[] cumulative, Rng rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
