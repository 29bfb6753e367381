package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds fields whose being null follows a category (an issue's {@code closed_at} is null exactly
 * while its {@code state} is open): for each nullable scalar field, the CHOICE field whose values
 * best predict null against not null (bias-corrected Cramér's V of at least {@link #MIN_V}, over the
 * objects that have the field), with the probability of null per parent value seen at least k
 * times. Categories are the {@link CategoricalLearner}'s (at most {@link CategoricalLearner#MAX_FIELDS},
 * lowest cardinality first); no value of the nullable field is ever read into the relation.
 */
final class NullLearner {
    static final double MIN_V = CategoricalLearner.MIN_V;
    /** Nullable fields examined at most per object, in column order. */
    static final int MAX_CHILDREN = 200;

    private NullLearner() {
    }

    /**
     * @param excluded fields other relations draw or read before nulls are decided (categorical
     *                 tables' fields, tuple members, categories numbers follow): turning their null
     *                 into a value, or a value into null, would bypass or contradict those draws
     */
    static List<Relation.Nulls> learn(List<String> names, List<Object[]> rows, List<Columns.Column> columns, int k,
                                      Set<String> excluded) {
        List<Columns.Column> parents = new ArrayList<>();
        for (Columns.Column c : columns) {
            if (c.categorical() && c.choice() && !c.numeric()) {
                parents.add(c);
            }
        }
        if (parents.isEmpty()) {
            return List.of();
        }
        parents.sort(Comparator.comparingInt(c -> c.values.size()));
        if (parents.size() > CategoricalLearner.MAX_FIELDS) {
            parents = new ArrayList<>(parents.subList(0, CategoricalLearner.MAX_FIELDS));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        List<Relation.Nulls> out = new ArrayList<>();
        int examined = 0;
        for (Columns.Column child : columns) {
            if (examined >= MAX_CHILDREN) {
                break;
            }
            byte[] state = excluded.contains(child.path) ? null : states(rows, index.get(child.path));
            if (state == null) {
                continue;
            }
            examined++;
            Columns.Column best = null;
            long[][] bestTable = null;
            double bestV = 0;
            for (Columns.Column p : parents) {
                if (p == child) {
                    continue;
                }
                long[][] t = table(p, state);
                double v = Association.cramersV(t);
                if (v >= MIN_V && v > bestV) {
                    best = p;
                    bestTable = t;
                    bestV = v;
                }
            }
            if (best != null) {
                Relation.Nulls r = relation(best, child, bestV, bestTable, k);
                if (r.rows().size() >= 2) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Per row: 0 absent, 1 null, 2 a scalar value; null when the field is never null or never a value, or holds objects. */
    private static byte[] states(List<Object[]> rows, Integer col) {
        if (col == null) {
            return null;
        }
        byte[] state = new byte[rows.size()];
        boolean nulls = false;
        boolean values = false;
        for (int r = 0; r < state.length; r++) {
            Object v = rows.get(r)[col];
            if (v == RecordSample.CONTAINER) {
                return null;
            }
            if (v == RecordSample.NULL) {
                state[r] = 1;
                nulls = true;
            } else if (v != null) {
                state[r] = 2;
                values = true;
            }
        }
        return nulls && values ? state : null;
    }

    /**
     * Counts of (parent value, child null = 0 / value = 1) over the rows that have the child; the last
     * row counts the rows without a parent value (null or absent: the child's nulls may go with them,
     * as a movie's missing rating with its missing running time, which only the strength counts).
     */
    private static long[][] table(Columns.Column parent, byte[] state) {
        long[][] t = new long[parent.values.size() + 1][2];
        for (int r = 0; r < state.length; r++) {
            int p = parent.codes[r];
            if (state[r] != 0) {
                t[p >= 0 ? p : parent.values.size()][state[r] - 1]++;
            }
        }
        return t;
    }

    private static Relation.Nulls relation(Columns.Column parent, Columns.Column child, double v, long[][] t, int k) {
        List<Relation.NullRow> rows = new ArrayList<>();
        for (int p = 0; p < parent.values.size(); p++) {
            long n = t[p][0] + t[p][1];
            if (parent.counts.get(p) >= k && n >= k) {
                rows.add(new Relation.NullRow(ValueKey.json(parent.values.get(p)),
                        RelationsCodec.round((double) t[p][0] / n)));
            }
        }
        return new Relation.Nulls(parent.path, child.path, RelationsCodec.round(v), rows);
    }
}
