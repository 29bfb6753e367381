package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the categories a number depends on beyond its numeric-by-category parent: an additive model
 * of its normal scores, one shift per value of each parent, chosen forward (the category explaining
 * most of what is left, while it explains at least {@link #MIN_GAIN} beyond chance, at most
 * {@link #MAX_PARENTS}) and fitted by backfitting, so parents that go together (genre and creative
 * type) are not counted twice. Values seen fewer than max(k, {@value #MIN_CASE}) times share one shift.
 */
final class ShiftLearner {
    static final int MAX_PARENTS = 4;
    static final double MIN_GAIN = 0.015;
    static final int MIN_CASE = 20;

    /** The relation and the standardized rest of the scores (what the copula correlates). */
    record Fit(Relation.Shifts relation, double[] rest) {
    }

    /**
     * One parent's groups crossed with the number's own category where a pair of values is seen at
     * least minCase times: {@code groups[r]} is the row's cell (from {@code base} on, {@code cells[i] =
     * {category code, parent code}}) or else its parent group.
     */
    private record Cells(int[] groups, int base, List<int[]> cells) {
    }

    private ShiftLearner() {
    }

    /** One number being fitted: its scores, the parents' shifts so far and their sum per row. */
    private static final class Member {
        final Columns.Column x;
        final double[] z;
        final int n;
        final double total;
        final double[] mean;
        final List<double[]> effects = new ArrayList<>();
        double explained;
        /** Per parent, its cells within the number's category (when they explain more than chance), else null. */
        List<Cells> cells;
        /** The groups of the number's own category when its intercept was fitted (the last effects), else null. */
        int[] ownGroups;

        Member(Columns.Column x, double[] z, int n) {
            this.x = x;
            this.z = z;
            this.n = n;
            this.mean = new double[z.length];
            this.total = AdditiveScores.variance(z, mean);
        }

        void sumEffects(List<int[]> groups) {
            Arrays.fill(mean, 0);
            for (int p = 0; p < groups.size(); p++) {
                for (int r = 0; r < z.length; r++) {
                    mean[r] += effects.get(p)[groups.get(p)[r]];
                }
            }
        }
    }

    /**
     * Fits the numbers of one copula group (or a lone number) to the same parents, so the copula only
     * has to carry what the categories leave.
     *
     * @param zs      each number's normal scores (NaN: no number), within {@code primary}'s categories if any
     * @param cats    the categorical fields
     * @param primary the numbers' numeric-by-category parent, or null
     * @param copresent the fields whose presence a co-presence relation draws jointly: the parents of
     *                  a number that is not among them are drawn whatever its presence, so its score's
     *                  distribution is taken over all rows, not only those where it has a value
     * @return per number its fit, or null when the shifts explain too little of it
     */
    static List<Fit> fit(List<Columns.Column> xs, List<double[]> zs, List<Columns.Column> cats,
                         Columns.Column primary, int k, java.util.Set<String> copresent) {
        int minCase = Math.max(k, MIN_CASE);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            int n = 0;
            for (double v : zs.get(i)) {
                n += Double.isNaN(v) ? 0 : 1;
            }
            Member m = new Member(xs.get(i), zs.get(i), n);
            members.add(n >= Columns.MIN_NUMBERS && m.total > 0 ? m : null);
        }
        List<Columns.Column> chosen = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        while (chosen.size() < MAX_PARENTS) {
            Columns.Column best = null;
            int[] bestGroups = null;
            double bestSum = 0;
            for (Columns.Column c : cats) {
                if (c == primary || c.numeric() || chosen.contains(c)) {
                    continue;
                }
                int[] g = groups(c, minCase);
                if (g == null) {
                    continue;
                }
                double sum = 0;
                double max = 0;
                for (Member m : members) {
                    if (m != null) {
                        double gain = AdditiveScores.gain(m.z, m.mean, g, c.values.size() + 1, m.n, m.total);
                        sum += Math.max(0, gain);
                        max = Math.max(max, gain);
                    }
                }
                if (max >= MIN_GAIN && sum > bestSum) {
                    best = c;
                    bestGroups = g;
                    bestSum = sum;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            groups.add(bestGroups);
            double gained = 0;
            for (Member m : members) {
                if (m != null) {
                    m.effects.add(new double[best.values.size() + 1]);
                    AdditiveScores.backfit(m.z, groups, m.effects, m.mean);
                    double now = 1 - AdditiveScores.variance(m.z, m.mean) / m.total;
                    gained = Math.max(gained, now - m.explained);
                    m.explained = now;
                }
            }
            if (gained < MIN_GAIN / 2) { // the new parent only repeated what the others explain
                chosen.remove(chosen.size() - 1);
                groups.remove(groups.size() - 1);
                for (Member m : members) {
                    if (m != null) {
                        m.effects.remove(m.effects.size() - 1);
                        m.sumEffects(groups);
                        m.explained = 1 - AdditiveScores.variance(m.z, m.mean) / m.total;
                    }
                }
                break;
            }
        }
        if (primary != null && !chosen.isEmpty()) {
            List<Cells> crossed = new ArrayList<>();
            int added = 0;
            for (int p = 0; p < chosen.size(); p++) {
                Cells c = cross(primary, chosen.get(p), groups.get(p), minCase);
                crossed.add(c);
                added += c.cells().size();
            }
            for (Member m : members) {
                if (m != null && added > 0) {
                    within(m, crossed, added);
                }
            }
            int[] own = groups(primary, minCase);
            for (Member m : members) {
                if (m != null && own != null) {
                    centre(m, own, primary.values.size() + 1, m.cells == null ? groups
                            : m.cells.stream().map(Cells::groups).toList());
                }
            }
        }
        List<Fit> out = new ArrayList<>();
        for (Member m : members) {
            out.add(m == null || chosen.isEmpty() || m.explained < MIN_GAIN / 2 ? null
                    : fit(m, chosen, minCase, !copresent.contains(m.x.path), primary));
        }
        return out;
    }

    /**
     * Adds the number's own category as one more shift parent, fitted with the others: its scores are
     * ranked within that category, but parents that go with the category (Japanese cars are newer) shift
     * its mean there; without this intercept generation would carry that mean into the category's own
     * distribution (Japanese mileage 2 mpg too high).
     */
    private static void centre(Member m, int[] own, int size, List<int[]> groups) {
        List<int[]> all = new ArrayList<>(groups);
        all.add(own);
        m.effects.add(new double[size]);
        m.ownGroups = own;
        AdditiveScores.backfit(m.z, all, m.effects, m.mean);
        m.explained = 1 - AdditiveScores.variance(m.z, m.mean) / m.total;
    }

    /** A parent's groups crossed with the number's category (pairs of values seen at least minCase times). */
    private static Cells cross(Columns.Column primary, Columns.Column parent, int[] g, int minCase) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (int r = 0; r < g.length; r++) {
            int pc = NormalScores.group(primary, r, minCase);
            if (g[r] > 0 && pc >= 0) {
                counts.merge((long) pc << 32 | g[r], 1, Integer::sum);
            }
        }
        int base = parent.values.size() + 1;
        Map<Long, Integer> ids = new java.util.HashMap<>();
        List<int[]> cells = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCase) {
                ids.put(e.getKey(), base + cells.size());
                cells.add(new int[] {(int) (e.getKey() >>> 32), (int) (e.getKey() & 0xffffffffL) - 1});
            }
        }
        int[] out = g.clone();
        for (int r = 0; r < g.length; r++) {
            int pc = NormalScores.group(primary, r, minCase);
            if (g[r] > 0 && pc >= 0) {
                out[r] = ids.getOrDefault((long) pc << 32 | g[r], g[r]);
            }
        }
        return new Cells(out, base, cells);
    }

    /**
     * Refits a number's shifts with each parent's cells within its category, and keeps them when they
     * explain more than the chance level of their {@code added} extra shifts (and {@link #MIN_GAIN}).
     */
    private static void within(Member m, List<Cells> crossed, int added) {
        List<int[]> groups = new ArrayList<>();
        List<double[]> effects = new ArrayList<>();
        for (Cells c : crossed) {
            groups.add(c.groups());
            effects.add(new double[c.base() + c.cells().size()]);
        }
        double[] mean = new double[m.z.length];
        AdditiveScores.backfit(m.z, groups, effects, mean);
        double now = 1 - AdditiveScores.variance(m.z, mean) / m.total;
        if (now - m.explained >= MIN_GAIN + 2.0 * added / (m.n - 1)) {
            m.effects.clear();
            m.effects.addAll(effects);
            System.arraycopy(mean, 0, m.mean, 0, mean.length);
            m.explained = now;
            m.cells = crossed;
        }
    }

    private static Fit fit(Member m, List<Columns.Column> chosen, int minCase, boolean allRows,
                           Columns.Column primary) {
        double[] z = m.z;
        double[] mean = m.mean;
        List<double[]> effects = m.effects;
        double explained = m.explained;
        Columns.Column x = m.x;
        double rest = Math.sqrt(AdditiveScores.variance(z, mean));
        if (!(rest > 1e-6)) {
            return null;
        }
        List<Relation.Shift> shifts = new ArrayList<>();
        for (int p = 0; p < chosen.size(); p++) {
            Columns.Column c = chosen.get(p);
            double[] e = effects.get(p);
            shifts.add(shift(c, e, minCase, m.cells == null ? null : within(primary, c, m.cells.get(p), e)));
        }
        if (m.ownGroups != null) {
            shifts.add(shift(primary, effects.get(chosen.size()), minCase, null));
        }
        double[] standardized = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            standardized[r] = Double.isNaN(z[r]) ? Double.NaN : (z[r] - mean[r]) / rest;
        }
        Relation.Shifts rel = new Relation.Shifts(x.path, RelationsCodec.round(explained), shifts,
                RelationsCodec.round(rest), AdditiveScores.cdf(z, mean, rest, allRows));
        return new Fit(rel, standardized);
    }

    /** A parent's shift: its values seen at least minCase times with their effects, the others' effect as other. */
    private static Relation.Shift shift(Columns.Column c, double[] e, int minCase, Relation.Within within) {
        List<com.fasterxml.jackson.databind.JsonNode> when = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int code = 0; code < c.values.size(); code++) {
            if (c.counts.get(code) >= minCase) {
                when.add(ValueKey.json(c.values.get(code)));
                by.add(RelationsCodec.round(e[code + 1]));
            }
        }
        return new Relation.Shift(c.path, when, by, RelationsCodec.round(e[0]), within);
    }

    /** The cells' shifts as a {@link Relation.Within} of the number's category, or null when there are none. */
    private static Relation.Within within(Columns.Column primary, Columns.Column parent, Cells cells, double[] e) {
        if (cells.cells().isEmpty()) {
            return null;
        }
        Map<Integer, List<Integer>> byCategory = new TreeMap<>();
        for (int i = 0; i < cells.cells().size(); i++) {
            byCategory.computeIfAbsent(cells.cells().get(i)[0], k -> new ArrayList<>()).add(i);
        }
        List<Relation.WithinCase> cases = new ArrayList<>();
        byCategory.forEach((pc, list) -> {
            List<com.fasterxml.jackson.databind.JsonNode> values = new ArrayList<>();
            List<Double> by = new ArrayList<>();
            for (int i : list) {
                values.add(ValueKey.json(parent.values.get(cells.cells().get(i)[1])));
                by.add(RelationsCodec.round(e[cells.base() + i]));
            }
            cases.add(new Relation.WithinCase(ValueKey.json(primary.values.get(pc)), values, by));
        });
        return new Relation.Within(primary.path, cases);
    }

    /** Group per row: 1 + the category's code when it is seen at least minCase times, else 0; null when < 2 such categories. */
    private static int[] groups(Columns.Column c, int minCase) {
        int big = 0;
        for (int count : c.counts) {
            big += count >= minCase ? 1 : 0;
        }
        if (big < 2) {
            return null;
        }
        int[] g = new int[c.codes.length];
        for (int r = 0; r < g.length; r++) {
            int code = c.codes[r];
            g[r] = code >= 0 && c.counts.get(code) >= minCase ? code + 1 : 0;
        }
        return g;
    }
}
