package io.factoreally.internal.relations;

import io.factoreally.internal.analysis.NumberFit;
import io.factoreally.internal.spec.NumberHint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Numeric relations. A Gaussian copula: NUMBER fields whose normal scores correlate by at least
 * {@link #MIN_CORRELATION} are grouped (at most {@link #MAX_GROUP} fields per group). A number by
 * category: a group (or lone field) whose correlation ratio (eta squared, less its chance level) with
 * a categorical field is at least {@link #MIN_ETA2} for some member gets one fitted NUMBER hint per
 * category seen at least max(k, {@value #MIN_CASE}) times for each member, and its copula is then
 * measured on ranks within the categories.
 */
final class NumericLearner {
    /** Eta squared (less its chance level) from which a category conditions a group of numbers. */
    static final double MIN_ETA2 = 0.2;
    static final int MIN_CASE = 30;
    static final double MIN_CORRELATION = 0.3;
    static final int MAX_GROUP = 8;
    static final int MAX_NUMERIC = 40;

    private NumericLearner() {
    }

    /**
     * Numbers by category and copulas. Fields are grouped by the correlation of their normal scores;
     * each group (or lone field) is conditioned on the one category that explains most of its members'
     * variance, so that a copula's members all follow the same category and their correlation is
     * measured within it: conditioning some members only would lose the part of the correlation the
     * category carries. Then each group is shifted by the further categories it depends on.
     *
     * @param copresent the fields whose presence a co-presence relation draws jointly
     */
    static List<Relation> learn(List<Columns.Column> columns, int k, NumberFit fitter, java.util.Set<String> copresent) {
        int minCase = Math.max(k, MIN_CASE);
        List<Columns.Column> nums = new ArrayList<>();
        List<Columns.Column> cats = new ArrayList<>();
        for (Columns.Column c : columns) {
            if (c.numeric()) {
                nums.add(c);
            } else if (c.categorical()) {
                cats.add(c);
            }
        }
        nums.sort(Comparator.comparingInt((Columns.Column c) -> -c.numberCount));
        if (nums.size() > MAX_NUMERIC) {
            nums.subList(MAX_NUMERIC, nums.size()).clear();
        }
        nums.sort(Comparator.comparingInt(columns::indexOf));
        int n = nums.size();
        double[][] eta = new double[n][cats.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cats.size(); j++) {
                eta[i][j] = eta2(nums.get(i), cats.get(j), minCase);
            }
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = NormalScores.scores(nums.get(i), null, minCase);
        }
        List<List<Integer>> groups = groups(z);
        List<Relation.NumericByCategory> byCat = new ArrayList<>();
        List<Relation.Copula> copulas = new ArrayList<>();
        List<Relation.Shifts> shifts = new ArrayList<>();
        for (List<Integer> g : groups) {
            int best = -1;
            double bestSum = 0;
            for (int j = 0; j < cats.size(); j++) {
                double sum = 0;
                double max = 0;
                for (int i : g) {
                    sum += eta[i][j];
                    max = Math.max(max, eta[i][j]);
                }
                if (max >= MIN_ETA2 && sum > bestSum) {
                    best = j;
                    bestSum = sum;
                }
            }
            Columns.Column parent = best < 0 ? null : cats.get(best);
            List<double[]> own = new ArrayList<>();
            for (int i : g) {
                Relation.NumericByCategory r = parent == null ? null
                        : cases(nums.get(i), parent, eta[i][best], minCase, fitter);
                boolean conditioned = r != null && r.cases().size() >= 2;
                if (conditioned) {
                    byCat.add(r);
                }
                own.add(conditioned ? NormalScores.scores(nums.get(i), parent, minCase) : z[i]);
            }
            List<ShiftLearner.Fit> fits = ShiftLearner.fit(g.stream().map(nums::get).toList(), own, cats, parent, k,
                    copresent);
            List<double[]> scores = new ArrayList<>();
            for (int a = 0; a < g.size(); a++) {
                ShiftLearner.Fit fit = fits.get(a);
                if (fit != null) {
                    shifts.add(fit.relation());
                }
                scores.add(fit != null ? fit.rest() : own.get(a));
            }
            if (g.size() >= 2) {
                int m = g.size();
                double[][] c = new double[m][m];
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        c[a][b] = a == b ? 1 : NormalScores.unflattened(fits.get(a) == null && fits.get(b) == null
                                ? NormalScores.pearson(scores.get(a), scores.get(b))
                                : NormalScores.restCorrelation(own.get(a), own.get(b), fits.get(a), fits.get(b)),
                                own.get(a), own.get(b));
                    }
                }
                double[][] fixed = Correlations.repaired(c);
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        fixed[a][b] = a == b ? 1 : RelationsCodec.round(fixed[a][b]);
                    }
                }
                copulas.add(new Relation.Copula(g.stream().map(i -> nums.get(i).path).toList(), fixed));
            }
        }
        List<Relation> out = new ArrayList<>(byCat);
        out.addAll(shifts);
        out.addAll(copulas);
        return out;
    }

    /** Groups of fields (indexes in column order) joined by |correlation| >= {@link #MIN_CORRELATION}, strongest first. */
    private static List<List<Integer>> groups(double[][] z) {
        int n = z.length;
        double[][] r = new double[n][n];
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                r[i][j] = NormalScores.pearson(z[i], z[j]);
                if (Math.abs(r[i][j]) >= MIN_CORRELATION) {
                    edges.add(new int[] {i, j});
                }
            }
        }
        edges.sort(Comparator.comparingDouble((int[] e) -> -Math.abs(r[e[0]][e[1]])).thenComparingInt(e -> e[0])
                .thenComparingInt(e -> e[1]));
        int[] root = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
            size[i] = 1;
        }
        for (int[] e : edges) {
            int a = find(root, e[0]);
            int b = find(root, e[1]);
            if (a != b && size[a] + size[b] <= MAX_GROUP) {
                root[Math.max(a, b)] = Math.min(a, b);
                size[Math.min(a, b)] += size[Math.max(a, b)];
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (find(root, g) != g) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(root, i) == g) {
                    members.add(i);
                }
            }
            out.add(members);
        }
        return out;
    }

    private static double eta2(Columns.Column x, Columns.Column p, int minCase) {
        int groups = p.values.size() + 1;
        double[] sum = new double[groups];
        long[] count = new long[groups];
        double total = 0;
        long n = 0;
        for (int r = 0; r < x.numbers.length; r++) {
            double v = x.numbers[r];
            if (Double.isNaN(v) || p.codes[r] < 0) {
                continue;
            }
            int g = NormalScores.group(p, r, minCase) + 1;
            sum[g] += v;
            count[g]++;
            total += v;
            n++;
        }
        int big = 0;
        for (int g = 1; g < groups; g++) {
            big += count[g] >= minCase ? 1 : 0;
        }
        if (big < 2 || n < 2) {
            return 0;
        }
        int used = 0;
        for (long c : count) {
            used += c > 0 ? 1 : 0;
        }
        double mean = total / n;
        double ssb = 0;
        for (int g = 0; g < groups; g++) {
            if (count[g] > 0) {
                double d = sum[g] / count[g] - mean;
                ssb += count[g] * d * d;
            }
        }
        double sst = 0;
        for (int r = 0; r < x.numbers.length; r++) {
            double v = x.numbers[r];
            if (!Double.isNaN(v) && p.codes[r] >= 0) {
                sst += (v - mean) * (v - mean);
            }
        }
        // less the share chance alone gives (used - 1) / (n - 1) in expectation
        return sst <= 0 ? 0 : Math.max(0, ssb / sst - 2.0 * (used - 1) / (n - 1));
    }

    private static Relation.NumericByCategory cases(Columns.Column x, Columns.Column p, double eta, int minCase,
                                                   NumberFit fitter) {
        NumberHint marginal = x.numberHint();
        boolean integral = marginal.integralBounds() && marginal.prec() == null;
        List<Relation.Case> cases = new ArrayList<>();
        for (int code = 0; code < p.values.size(); code++) {
            double[] vals = new double[x.numbers.length];
            int m = 0;
            for (int r = 0; r < x.numbers.length; r++) {
                if (p.codes[r] == code && !Double.isNaN(x.numbers[r])) {
                    vals[m++] = x.numbers[r];
                }
            }
            if (m < minCase) {
                continue;
            }
            double[] sorted = Arrays.copyOf(vals, m);
            Arrays.sort(sorted);
            Number min = integral ? (Number) Math.round(sorted[0]) : (Number) sorted[0];
            Number max = integral ? (Number) Math.round(sorted[m - 1]) : (Number) sorted[m - 1];
            NumberHint h = fitter.fit(sorted, integral, min, max, integral ? null : marginal.prec());
            cases.add(new Relation.Case(ValueKey.json(p.values.get(code)), h));
        }
        return new Relation.NumericByCategory(p.path, x.path, RelationsCodec.round(eta), cases);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i] = root[root[i]];
        }
        return i;
    }

}
