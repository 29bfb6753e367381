package io.factoreally.internal.relations;

import java.util.Arrays;

/**
 * Normal scores of numbers and the correlations between them that the copula needs: ranks to
 * standard-normal band means (within categories), corrected for ties and for what category shifts
 * already carry.
 */
final class NormalScores {
    private NormalScores() {
    }

    /** Group of row r: its category code when that category is large enough, else -1 (the rest). */
    static int group(Columns.Column p, int r, int minCase) {
        int code = p.codes[r];
        return code >= 0 && p.counts.get(code) >= minCase ? code : -1;
    }

    /** E[Z | a < Phi(Z) < b] for a standard normal Z. */
    static double bandMean(double a, double b) {
        return (density(a) - density(b)) / (b - a);
    }

    /** The standard normal density at the a-quantile (0 at 0 and 1). */
    private static double density(double a) {
        if (a <= 0 || a >= 1) {
            return 0;
        }
        double z = Correlations.phiInverse(a);
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /**
     * The correlation of two fields' latent normals from that of their scores: ties shrink the
     * scores' spread and, to first order, their correlation by the product of their deviations.
     */
    static double unflattened(double r, double[] a, double[] b) {
        double f = Math.sqrt(covariance(a, a, a, a) * covariance(b, b, b, b));
        return f > 0 ? Math.max(-1, Math.min(1, r / Math.max(f, 0.5))) : r;
    }

    /**
     * Normal scores of a column's numbers (NaN where none), within categories if given: the mean of a
     * standard normal over the quantile band a value's ties take, so a number with few values (car
     * cylinders) gets scores whose spread tells how much ties flatten its correlations.
     */
    static double[] scores(Columns.Column x, Columns.Column parent, int minCase) {
        int n = x.numbers.length;
        double[] z = new double[n];
        Arrays.fill(z, Double.NaN);
        // rows with a number by group (category code + 1, 0 for the rest), as one array of segments
        int[] group = new int[n];
        int groups = parent == null ? 1 : parent.counts.size() + 1;
        int[] start = new int[groups + 1];
        for (int r = 0; r < n; r++) {
            if (!Double.isNaN(x.numbers[r])) {
                group[r] = parent == null || parent.codes[r] < 0 ? 0 : group(parent, r, minCase) + 1;
                start[group[r] + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] rows = new int[start[groups]];
        int[] next = Arrays.copyOf(start, groups);
        for (int r = 0; r < n; r++) {
            if (!Double.isNaN(x.numbers[r])) {
                rows[next[group[r]]++] = r;
            }
        }
        for (int g = 0; g < groups; g++) {
            // the group's numbers sorted (a primitive sort: the order of rows with equal numbers does not
            // matter, they share a score); a row then finds its number's tie band by binary search
            int from = start[g];
            int m = start[g + 1] - from;
            double[] sorted = new double[m];
            for (int t = 0; t < m; t++) {
                sorted[t] = x.numbers[rows[from + t]];
            }
            Arrays.sort(sorted);
            double[] band = new double[m];
            int i = 0;
            while (i < m) {
                int j = i;
                while (j + 1 < m && sorted[j + 1] == sorted[i]) {
                    j++;
                }
                Arrays.fill(band, i, j + 1, bandMean((double) i / m, (double) (j + 1) / m));
                i = j + 1;
            }
            for (int t = 0; t < m; t++) {
                int r = rows[from + t];
                z[r] = band[Arrays.binarySearch(sorted, x.numbers[r])];
            }
        }
        return z;
    }

    /**
     * The correlation the copula needs between the rests of two numbers, at least one with shifts.
     * Both shifted (by the same parents: one copula group is fitted to one set of parents): the
     * correlation of their rests, since generation draws the parents together (categorical tables)
     * and so brings back the covariance the shifts carry, across parents too; estimating the copula
     * on the scores before the shifts counted that covariance twice (movie budget and gross came out
     * at 0.80 for 0.675). One shifted: the scores' covariance over the product of the deviations.
     */
    static double restCorrelation(double[] za, double[] zb, ShiftLearner.Fit fa, ShiftLearner.Fit fb) {
        if (fa != null && fb != null) {
            if (!within(fa) && !within(fb)) {
                return pearson(fa.rest(), fb.rest());
            }
            // shifts by different groups (cells within a category for one of them): the rests must carry the
            // covariance the two shifts' sums do not, cross terms included
            double sa = fa.relation().scale();
            double sb = fb.relation().scale();
            double[] ma = new double[za.length];
            double[] mb = new double[zb.length];
            for (int i = 0; i < za.length; i++) {
                ma[i] = za[i] - sa * fa.rest()[i];
                mb[i] = zb[i] - sb * fb.rest()[i];
            }
            double cov = covariance(za, zb, za, zb) - covariance(ma, mb, za, zb);
            return sa <= 0 || sb <= 0 ? 0 : Math.max(-1, Math.min(1, cov / (sa * sb)));
        }
        double cov = covariance(za, zb, za, zb);
        double sa = fa != null ? fa.relation().scale() : Math.sqrt(covariance(za, za, za, za));
        double sb = fb != null ? fb.relation().scale() : Math.sqrt(covariance(zb, zb, zb, zb));
        return sa <= 0 || sb <= 0 ? 0 : Math.max(-1, Math.min(1, cov / (sa * sb)));
    }

    /** Whether a fit shifts by cells within the number's category. */
    private static boolean within(ShiftLearner.Fit f) {
        return f.relation().shifts().stream().anyMatch(s -> s.within() != null);
    }

    /** The covariance of x and y over the rows where both masks have a number (0 with too few). */
    static double covariance(double[] x, double[] y, double[] maskA, double[] maskB) {
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(maskA[i]) && !Double.isNaN(maskB[i])) {
                sx += x[i];
                sy += y[i];
                sxy += x[i] * y[i];
                n++;
            }
        }
        return n < Columns.MIN_NUMBERS ? 0 : sxy / n - (sx / n) * (sy / n);
    }

    static double pearson(double[] a, double[] b) {
        double sa = 0;
        double sb = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                sa += a[i];
                sb += b[i];
                n++;
            }
        }
        if (n < Columns.MIN_NUMBERS) {
            return 0;
        }
        double ma = sa / n;
        double mb = sb / n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                double da = a[i] - ma;
                double db = b[i] - mb;
                cov += da * db;
                va += da * da;
                vb += db * db;
            }
        }
        return va <= 0 || vb <= 0 ? 0 : Math.max(-1, Math.min(1, cov / Math.sqrt(va * vb)));
    }
}
