package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numerics of {@link ShiftLearner}'s additive model of a number's normal scores (a shift per value
 * of each parent category, plus a rest): how much a category explains beyond chance, backfitting the
 * shifts of several parents together, and the distribution of the scores the model generates.
 */
final class AdditiveScores {
    /** Backfitting rounds. */
    private static final int ROUNDS = 8;

    private AdditiveScores() {
    }

    /** The share of the total variance a category explains of the scores less {@code mean}, less chance. */
    static double gain(double[] z, double[] mean, int[] g, int size, int n, double total) {
        double[] sum = new double[size];
        long[] count = new long[size];
        double all = 0;
        for (int r = 0; r < z.length; r++) {
            if (!Double.isNaN(z[r])) {
                double d = z[r] - mean[r];
                sum[g[r]] += d;
                count[g[r]]++;
                all += d;
            }
        }
        double grand = all / n;
        double between = 0;
        int used = 0;
        for (int i = 0; i < size; i++) {
            if (count[i] > 0) {
                double d = sum[i] / count[i] - grand;
                between += count[i] * d * d;
                used++;
            }
        }
        return between / n / total - 2.0 * (used - 1) / (n - 1);
    }

    /** Fits each parent's shifts to what the others leave, a few rounds; {@code mean} becomes their sum per row. */
    static void backfit(double[] z, List<int[]> groups, List<double[]> effects, double[] mean) {
        for (int round = 0; round < ROUNDS; round++) {
            for (int p = 0; p < groups.size(); p++) {
                int[] g = groups.get(p);
                double[] e = effects.get(p);
                double[] sum = new double[e.length];
                long[] count = new long[e.length];
                for (int r = 0; r < z.length; r++) {
                    if (!Double.isNaN(z[r])) {
                        sum[g[r]] += z[r] - (mean[r] - e[g[r]]);
                        count[g[r]]++;
                    }
                }
                double[] next = new double[e.length];
                for (int i = 0; i < e.length; i++) {
                    next[i] = count[i] == 0 ? 0 : sum[i] / count[i];
                }
                for (int r = 0; r < z.length; r++) {
                    mean[r] += next[g[r]] - e[g[r]];
                }
                System.arraycopy(next, 0, e, 0, e.length);
            }
        }
    }

    /** Mean square of z less mean over the rows with a number. */
    static double variance(double[] z, double[] mean) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int r = 0; r < z.length; r++) {
            if (!Double.isNaN(z[r])) {
                double d = z[r] - mean[r];
                s += d;
                s2 += d * d;
                n++;
            }
        }
        return n == 0 ? 0 : s2 / n - (s / n) * (s / n);
    }

    /** The distribution of mean + rest * N(0, 1) over the rows (with a number, or all), on the relation's grid. */
    static List<Double> cdf(double[] z, double[] mean, double rest, boolean allRows) {
        Map<Double, Integer> means = new TreeMap<>();
        int n = 0;
        for (int r = 0; r < z.length; r++) {
            if (allRows || !Double.isNaN(z[r])) {
                means.merge(mean[r], 1, Integer::sum);
                n++;
            }
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Relation.Shifts.CDF_POINTS; i++) {
            double at = Relation.Shifts.CDF_MIN + i * Relation.Shifts.CDF_STEP;
            double p = 0;
            for (Map.Entry<Double, Integer> e : means.entrySet()) {
                p += e.getValue() * Correlations.phi((at - e.getKey()) / rest);
            }
            out.add(RelationsCodec.round(p / n));
        }
        return out;
    }
}
