package io.factoreally.internal.evaluate;

import io.factoreally.internal.stats.CramersV;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/** The distances and association measures of the evaluation, each with its textbook definition. */
final class Measures {
    private Measures() {
    }

    /**
     * Two-sample Kolmogorov-Smirnov statistic: the largest distance between the two empirical
     * distribution functions (0 = same, 1 = disjoint). 1 when exactly one side is empty, 0 when both are.
     */
    static double ks(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 0 : 1;
        }
        if (a.length >= 2 && b.length >= 2) {
            return new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(a, b);
        }
        return ksSweep(a, b);
    }

    /** The KS statistic by a merge of the sorted samples (for samples too small for Hipparchus). */
    static double ksSweep(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs(i / (double) x.length - j / (double) y.length));
        }
        return d;
    }

    /** Total variation distance of two count tables: half the L1 distance of their shares (0..1). */
    static <K> double tvd(Map<K, ? extends Number> a, Map<K, ? extends Number> b) {
        double na = total(a);
        double nb = total(b);
        if (na == 0 || nb == 0) {
            return na == nb ? 0 : 1;
        }
        java.util.Set<K> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        double sum = 0;
        for (K k : keys) {
            double pa = a.containsKey(k) ? a.get(k).doubleValue() / na : 0;
            double pb = b.containsKey(k) ? b.get(k).doubleValue() / nb : 0;
            sum += Math.abs(pa - pb);
        }
        return sum / 2;
    }

    static double total(Map<?, ? extends Number> m) {
        double n = 0;
        for (Number v : m.values()) {
            n += v.doubleValue();
        }
        return n;
    }

    /**
     * Cramér's V of a contingency table keyed by (row, column): sqrt(chi² / (n (min(r, c) - 1))),
     * 0 for no association, 1 when one variable determines the other. 0 for a table with a single row
     * or column.
     */
    static double cramersV(Map<Cell, Long> table) {
        Chi2 c = chi2(table);
        int k = Math.min(c.rows(), c.cols());
        return k < 2 || c.n() == 0 ? 0 : Math.min(1, Math.sqrt(c.chi2() / (c.n() * (k - 1))));
    }

    /**
     * Bias-corrected Cramér's V (Bergsma 2013): plain V overstates the association of small tables
     * with many levels (13 rows of 6 user names each "determine" each other). phi² is reduced by its
     * expected value under independence, (r-1)(c-1)/(n-1), and r, c by their bias; 1 stays 1 for a
     * perfect association.
     */
    static double cramersVCorrected(Map<Cell, Long> table) {
        Chi2 c = chi2(table);
        return CramersV.biasCorrected(c.chi2(), c.n(), c.rows(), c.cols());
    }

    /** Pearson's chi² statistic of a table, with its size and number of rows and columns. */
    record Chi2(double chi2, double n, int rows, int cols) {
    }

    static Chi2 chi2(Map<Cell, Long> table) {
        Map<String, Double> rows = new java.util.HashMap<>();
        Map<String, Double> cols = new java.util.HashMap<>();
        double n = 0;
        for (Map.Entry<Cell, Long> e : table.entrySet()) {
            rows.merge(e.getKey().row(), (double) e.getValue(), Double::sum);
            cols.merge(e.getKey().col(), (double) e.getValue(), Double::sum);
            n += e.getValue();
        }
        rows.values().removeIf(v -> v == 0);
        cols.values().removeIf(v -> v == 0);
        double chi2 = 0;
        for (String r : new TreeSet<>(rows.keySet())) {
            for (String c : new TreeSet<>(cols.keySet())) {
                double expected = rows.get(r) * cols.get(c) / n;
                double observed = table.getOrDefault(new Cell(r, c), 0L);
                chi2 += (observed - expected) * (observed - expected) / expected;
            }
        }
        return new Chi2(chi2, n, rows.size(), cols.size());
    }

    /** Spearman's rank correlation; 0 when undefined (fewer than 2 pairs or a constant side). */
    static double spearman(double[] x, double[] y) {
        if (x.length < 2) {
            return 0;
        }
        double r = new SpearmansCorrelation().correlation(x, y);
        return Double.isFinite(r) ? r : 0;
    }

    /**
     * {@link #correlationRatio} of the values' ranks (ties share their mean rank): how much of the values'
     * order the category explains. For the same reason as Spearman for numeric pairs: on raw values a
     * handful of extreme values (a few blockbusters' grosses) decide the ratio, so two samples of one
     * heavy-tailed distribution disagree by chance.
     */
    static double rankCorrelationRatio(String[] groups, double[] values) {
        return correlationRatio(groups, new NaturalRanking(TiesStrategy.AVERAGE).rank(values));
    }

    /**
     * Correlation ratio, bias-corrected: the square root of epsilon squared (Kelley), the share of a
     * number's variance the category explains less what chance alone explains with that many groups,
     * 0..1; 0 when the number is constant. Without the correction, eta grows with the number of groups
     * per record (25 subregions of 250 countries explain 10 % of any number), so records of different
     * counts would not compare.
     */
    static double correlationRatio(String[] groups, double[] values) {
        Map<String, double[]> sums = new java.util.TreeMap<>();
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            double[] s = sums.computeIfAbsent(groups[i], g -> new double[2]);
            s[0] += values[i];
            s[1]++;
            total += values[i];
        }
        int n = values.length;
        int g = sums.size();
        if (n == 0 || n <= g) {
            return 0;
        }
        double mean = total / n;
        double ssTotal = 0;
        for (double v : values) {
            ssTotal += (v - mean) * (v - mean);
        }
        if (ssTotal == 0) {
            return 0;
        }
        double ssBetween = 0;
        for (double[] s : sums.values()) {
            double m = s[0] / s[1];
            ssBetween += s[1] * (m - mean) * (m - mean);
        }
        double within = Math.max(0, ssTotal - ssBetween);
        double epsilon2 = 1 - (within / (n - g)) / (ssTotal / (n - 1));
        return Math.min(1, Math.sqrt(Math.max(0, epsilon2)));
    }

    /** A cell of a contingency table. */
    record Cell(String row, String col) {
    }
}
