package io.factoreally.internal.evaluate;

import io.factoreally.FidelityReport.Chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Chart data: shares of real and synthetic values per histogram bin or per category. */
final class Charts {
    static final int BINS = 16;
    static final int MAX_BARS = 12;
    static final String OTHER = "(other)";

    private Charts() {
    }

    /**
     * Equal-width bins over the real range (one bin per integer when the real values are integers
     * spanning at most {@value #BINS} values), plus a bin each for synthetic values outside it.
     */
    static Chart histogram(String title, double[] real, double[] synthetic) {
        double[] base = real.length > 0 ? real : synthetic;
        if (base.length == 0) {
            return new Chart("histogram", title, List.of(), List.of(), List.of());
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integers = true;
        for (double v : base) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            integers &= v == Math.rint(v);
        }
        int bins;
        double width;
        if (max == min) {
            bins = 1;
            width = 0;
        } else if (integers && max - min < BINS) {
            bins = (int) (max - min) + 1;
            width = 1;
        } else {
            bins = BINS;
            width = (max - min) / BINS;
        }
        double[] r = new double[bins + 2];
        double[] s = new double[bins + 2];
        fill(r, real, min, width, bins);
        fill(s, synthetic, min, width, bins);
        List<String> labels = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        List<Double> ss = new ArrayList<>();
        if (s[0] > 0 || r[0] > 0) {
            add(labels, rs, ss, "< " + format(min), r[0], s[0], real.length, synthetic.length);
        }
        for (int i = 0; i < bins; i++) {
            add(labels, rs, ss, format(min + i * width), r[i + 1], s[i + 1], real.length, synthetic.length);
        }
        if (s[bins + 1] > 0 || r[bins + 1] > 0) {
            add(labels, rs, ss, "> " + format(max), r[bins + 1], s[bins + 1], real.length, synthetic.length);
        }
        return new Chart("histogram", title, labels, rs, ss);
    }

    private static void fill(double[] counts, double[] values, double min, double width, int bins) {
        double max = min + width * bins;
        for (double v : values) {
            int i;
            if (v < min) {
                i = 0;
            } else if (width == 0) {
                i = v == min ? 1 : bins + 1;
            } else if (v > max) {
                i = bins + 1;
            } else {
                i = 1 + Math.min(bins - 1, (int) ((v - min) / width));
            }
            counts[i]++;
        }
    }

    private static void add(List<String> labels, List<Double> rs, List<Double> ss, String label,
                            double r, double s, int nr, int ns) {
        labels.add(label);
        rs.add(nr == 0 ? 0 : r / nr);
        ss.add(ns == 0 ? 0 : s / ns);
    }

    /** The {@value #MAX_BARS} most common real categories, then the rest together. */
    static Chart bars(String title, Map<String, Integer> real, Map<String, Integer> synthetic) {
        double nr = Measures.total(real);
        double ns = Measures.total(synthetic);
        Set<String> keys = new TreeSet<>(real.keySet());
        keys.addAll(synthetic.keySet());
        List<String> order = new ArrayList<>(keys);
        order.sort(Comparator.<String>comparingInt(k -> -real.getOrDefault(k, 0))
                .thenComparingInt(k -> -synthetic.getOrDefault(k, 0)).thenComparing(k -> k));
        List<String> labels = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        List<Double> ss = new ArrayList<>();
        double otherR = 0;
        double otherS = 0;
        for (int i = 0; i < order.size(); i++) {
            String k = order.get(i);
            double r = real.getOrDefault(k, 0);
            double s = synthetic.getOrDefault(k, 0);
            if (i < MAX_BARS) {
                labels.add(k);
                rs.add(nr == 0 ? 0 : r / nr);
                ss.add(ns == 0 ? 0 : s / ns);
            } else {
                otherR += r;
                otherS += s;
            }
        }
        if (order.size() > MAX_BARS) {
            labels.add(OTHER);
            rs.add(nr == 0 ? 0 : otherR / nr);
            ss.add(ns == 0 ? 0 : otherS / ns);
        }
        return new Chart("bars", title, labels, rs, ss);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
