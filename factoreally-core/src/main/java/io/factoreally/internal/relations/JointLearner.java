package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a second parent for the children of categorical relations: the category (associated with the
 * child by Cramér's V of at least {@link CategoricalLearner#MIN_V}) whose values together with the
 * parent's remove the largest share, at least {@link #MIN_GAIN}, of the child's remaining uncertainty,
 * less a penalty of half a nat per extra cell for the tables learned from few records. A category that
 * shifts the same number as the child needs less (V from {@link CategoricalLearner#MIN_LINK_V}, share
 * from {@link #MIN_LINK_GAIN}): the number's association with each of its parents carries theirs with
 * each other, which a chain loses (movie genre -> creative type -> rating drew genre and rating half as
 * associated as they are, and budget by rating with them). Children that
 * are parents of other tables keep one parent (those tables read the child's first draw). Stores
 * P(child | parent, second) for pairs of values seen at least max(k, {@value #MIN_PAIR}) times, naming
 * child values seen at least k times. A child with a second parent is never a second parent itself, so
 * one pass of tables after the single-parent ones draws every child after its parents.
 */
final class JointLearner {
    static final double MIN_GAIN = 0.2;
    /**
     * The gain from which a category only weakly associated with the child (Cramér's V from
     * {@link CategoricalLearner#MIN_LINK_V}) becomes its second parent, when some number follows both.
     */
    static final double MIN_LINK_GAIN = 0.05;
    static final int MIN_PAIR = 10;

    private JointLearner() {
    }

    static List<Relation.Joint> learn(List<Columns.Column> columns, List<Relation.Categorical> singles, int k) {
        return learn(columns, singles, k, List.of());
    }

    /** @param parentSets per number, the categories it follows (its numeric-by-category parent and shifts) */
    static List<Relation.Joint> learn(List<Columns.Column> columns, List<Relation.Categorical> singles, int k,
                                      List<List<String>> parentSets) {
        Map<String, Columns.Column> byPath = new HashMap<>();
        for (Columns.Column c : columns) {
            byPath.put(c.path, c);
        }
        int cells = CategoricalLearner.cellsLeft(singles);
        Set<String> jointChildren = new HashSet<>();
        Set<String> seconds = new HashSet<>();
        Set<String> parents = new HashSet<>();
        singles.forEach(r -> parents.add(r.parent()));
        List<Relation.Joint> out = new ArrayList<>();
        for (Relation.Categorical single : singles) {
            Columns.Column parent = byPath.get(single.parent());
            Columns.Column child = byPath.get(single.child());
            if (parent == null || child == null || seconds.contains(child.path) || parents.contains(child.path)) {
                continue;
            }
            Columns.Column best = null;
            double bestGain = 0;
            for (Columns.Column c : columns) {
                if (!c.categorical() || c.numeric() || c == parent || c == child || jointChildren.contains(c.path)) {
                    continue;
                }
                double v = Association.cramersV(CategoricalLearner.table(c, child));
                boolean linked = v >= CategoricalLearner.MIN_LINK_V && together(parentSets, c.path, child.path);
                if (!(v >= CategoricalLearner.MIN_V) && !linked) {
                    continue;
                }
                double gain = gain(parent, c, child, Math.max(k, MIN_PAIR));
                if (gain > (linked ? MIN_LINK_GAIN : MIN_GAIN) && gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (best == null) {
                continue;
            }
            Relation.Joint joint = relation(parent, best, child, bestGain, k);
            int size = 0;
            for (Relation.JointRow r : joint.rows()) {
                size += r.values().size() + 2;
            }
            if (joint.rows().isEmpty() || size > cells) {
                continue;
            }
            cells -= size;
            jointChildren.add(child.path);
            seconds.add(best.path);
            out.add(joint);
        }
        return out;
    }

    /** Whether some number follows both categories. */
    private static boolean together(List<List<String>> parentSets, String a, String b) {
        for (List<String> set : parentSets) {
            if (set.contains(a) && set.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Counts of the child's values per pair of parent values (key: parent code * size of second + second code). */
    private static Map<Integer, long[]> pairs(Columns.Column a, Columns.Column b, Columns.Column child) {
        Map<Integer, long[]> out = new HashMap<>();
        for (int r = 0; r < child.codes.length; r++) {
            int x = a.codes[r];
            int y = b.codes[r];
            int c = child.codes[r];
            if (x >= 0 && y >= 0 && c >= 0) {
                out.computeIfAbsent(x * b.values.size() + y, key -> new long[child.values.size()])[c]++;
            }
        }
        return out;
    }

    /** The penalized share of the child's log-loss given the parent that the pairs' tables remove. */
    private static double gain(Columns.Column a, Columns.Column b, Columns.Column child, int minPair) {
        long[][] single = CategoricalLearner.table(a, child);
        double[] rowTotal = new double[single.length];
        for (int x = 0; x < single.length; x++) {
            for (long v : single[x]) {
                rowTotal[x] += v;
            }
        }
        double loss1 = 0;
        double loss2 = 0;
        double penalty = 0;
        for (Map.Entry<Integer, long[]> e : pairs(a, b, child).entrySet()) {
            int x = e.getKey() / b.values.size();
            long n = 0;
            int seen = 0;
            for (long v : e.getValue()) {
                n += v;
                seen += v > 0 ? 1 : 0;
            }
            for (int c = 0; c < e.getValue().length; c++) {
                long v = e.getValue()[c];
                if (v > 0) {
                    double l1 = -v * Math.log(single[x][c] / rowTotal[x]);
                    loss1 += l1;
                    loss2 += n >= minPair ? -v * Math.log((double) v / n) : l1;
                }
            }
            penalty += n >= minPair ? (seen - 1) / 2.0 : 0;
        }
        return loss1 <= 0 ? 0 : (loss1 - loss2 - penalty) / loss1;
    }

    private static Relation.Joint relation(Columns.Column a, Columns.Column b, Columns.Column child, double gain, int k) {
        int minPair = Math.max(k, MIN_PAIR);
        List<Map.Entry<Integer, long[]>> entries = new ArrayList<>(pairs(a, b, child).entrySet());
        entries.sort(Map.Entry.comparingByKey());
        List<Relation.JointRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : entries) {
            long[] counts = e.getValue();
            long n = 0;
            for (long v : counts) {
                n += v;
            }
            if (n < minPair) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            long other = 0;
            for (int c = 0; c < counts.length; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                if (child.counts.get(c) >= k) {
                    order.add(c);
                } else {
                    other += counts[c];
                }
            }
            order.sort(Comparator.comparingLong((Integer c) -> counts[c]).reversed().thenComparingInt(c -> c));
            List<com.fasterxml.jackson.databind.JsonNode> values = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (int c : order) {
                values.add(ValueKey.json(child.values.get(c)));
                weights.add(RelationsCodec.round((double) counts[c] / n));
            }
            int x = e.getKey() / b.values.size();
            int y = e.getKey() % b.values.size();
            rows.add(new Relation.JointRow(ValueKey.json(a.values.get(x)), ValueKey.json(b.values.get(y)), values,
                    weights, RelationsCodec.round((double) other / n)));
        }
        return new Relation.Joint(a.path, b.path, child.path, RelationsCodec.round(gain), rows);
    }
}
