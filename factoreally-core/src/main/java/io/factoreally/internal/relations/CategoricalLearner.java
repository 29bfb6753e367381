package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds categorical dependencies: pairs of low-cardinality fields whose bias-corrected Cramér's V is
 * at least {@link #MIN_V}, directed towards the child its parent predicts best (uncertainty
 * coefficient, or the other way when the field's role rules that out), each child with one parent,
 * chains of at most {@link #MAX_DEPTH} relations, parents listed before their children; children are CHOICE
 * fields, and fields drawn by NUMBER hints (numeric relations may redraw them) are never parents. Stores P(child |
 * parent) for parent values seen at least k times, naming only child values seen at least k times.
 */
final class CategoricalLearner {
    static final double MIN_V = 0.3;
    /** Cramér's V from which two categories that condition the same number are linked. */
    static final double MIN_LINK_V = 0.1;
    /** Fields examined at most (lowest cardinality first): bounds the pairs to 60 * 59 / 2. */
    static final int MAX_FIELDS = 60;
    /** Tables per object at most (a repository's 30 URLs follow its id, and its counts each other). */
    static final int MAX_RELATIONS = 64;
    /** Table cells over all relations at most: bounds the spec's size. */
    static final int MAX_CELLS = 20_000;
    static final int MIN_PAIRS = 30;
    /** Relations in a chain at most (country -> region -> continent). */
    static final int MAX_DEPTH = 2;

    private record Candidate(Columns.Column parent, Columns.Column child, double v, double u) {
    }

    private CategoricalLearner() {
    }

    static List<Relation.Categorical> learn(List<Columns.Column> columns, int k) {
        List<Columns.Column> cats = new ArrayList<>();
        for (Columns.Column c : columns) {
            if (c.categorical()) {
                cats.add(c);
            }
        }
        cats.sort(Comparator.comparingInt(c -> c.values.size()));
        if (cats.size() > MAX_FIELDS) {
            cats = new ArrayList<>(cats.subList(0, MAX_FIELDS));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            for (int j = i + 1; j < cats.size(); j++) {
                Columns.Column a = cats.get(i);
                Columns.Column b = cats.get(j);
                if (!a.choice() && !b.choice() || a.numeric() || b.numeric()) {
                    continue; // a number the copula redraws cannot be a parent: its value would change after
                }
                long[][] t = table(a, b);
                double v = Association.cramersV(t);
                if (!(v >= MIN_V)) {
                    continue;
                }
                addCandidates(candidates, a, b, t, v);
            }
        }
        return accept(candidates, k, new HashMap<>(), new ArrayList<>(), 0, false);
    }

    /** Parents before their children: a chain's tables are applied in this order. */
    private static List<Relation.Categorical> ordered(List<Relation.Categorical> relations) {
        Map<String, String> parentOf = new HashMap<>();
        relations.forEach(r -> parentOf.put(r.child(), r.parent()));
        List<Relation.Categorical> ordered = new ArrayList<>(relations);
        ordered.sort(Comparator.comparingInt(r -> depth(parentOf, r.child())));
        return ordered;
    }

    /**
     * Adds tables between the categories that condition the same number when they are associated
     * (Cramér's V of at least {@link #MIN_LINK_V}) but not yet linked: a number's association with
     * each of them carries their association (the share of Japanese cars grows with the model year,
     * and with it the mileage by year).
     *
     * @param parentSets per number, the categories it follows
     */
    static List<Relation.Categorical> link(List<Columns.Column> columns, List<Relation.Categorical> relations,
                                           List<List<String>> parentSets, int k) {
        Map<String, Columns.Column> byPath = new HashMap<>();
        columns.forEach(c -> byPath.put(c.path, c));
        Map<String, String> parentOf = new HashMap<>();
        relations.forEach(r -> parentOf.put(r.child(), r.parent()));
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> set : parentSets) {
            for (int i = 0; i < set.size(); i++) {
                for (int j = i + 1; j < set.size(); j++) {
                    Columns.Column a = byPath.get(set.get(i));
                    Columns.Column b = byPath.get(set.get(j));
                    if (a == null || b == null || a.numeric() || b.numeric() || !seen.add(a.path + "\u0000" + b.path)
                            || !seen.add(b.path + "\u0000" + a.path)) {
                        continue;
                    }
                    long[][] t = table(a, b);
                    double v = Association.cramersV(t);
                    if (v >= MIN_LINK_V) {
                        addCandidates(candidates, a, b, t, v);
                    }
                }
            }
        }
        int cells = MAX_CELLS - cellsLeft(relations);
        return accept(candidates, k, parentOf, new ArrayList<>(relations), cells, true);
    }

    /** Adds a pair's candidates: the better direction first; the other serves when a role rules the first out. */
    private static void addCandidates(List<Candidate> into, Columns.Column a, Columns.Column b, long[][] t, double v) {
        double uba = b.choice() ? Association.uncertainty(t, false) : -1; // b given a
        double uab = a.choice() ? Association.uncertainty(t, true) : -1;  // a given b
        into.add(uba >= uab ? new Candidate(a, b, v, uba) : new Candidate(b, a, v, uab));
        if (Math.min(uba, uab) >= 0) {
            into.add(uba >= uab ? new Candidate(b, a, v, uab) : new Candidate(a, b, v, uba));
        }
    }

    /**
     * Takes candidates strongest first into {@code out} while the limits allow: no field gets two
     * parents, chains stay short and acyclic ({@code acyclicBothWays}: nor may the child lead to the
     * parent), and the tables' cells stay under {@link #MAX_CELLS} ({@code cells} already used).
     */
    private static List<Relation.Categorical> accept(List<Candidate> candidates, int k, Map<String, String> parentOf,
                                                     List<Relation.Categorical> out, int cells,
                                                     boolean acyclicBothWays) {
        candidates.sort(Comparator.comparingDouble(Candidate::v).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::u).reversed()));
        for (Candidate c : candidates) {
            String p = c.parent.path;
            String ch = c.child.path;
            if (out.size() >= MAX_RELATIONS || parentOf.containsKey(ch) || depth(parentOf, p) >= MAX_DEPTH
                    || descends(parentOf, p, ch) || acyclicBothWays && descends(parentOf, ch, p)) {
                continue;
            }
            Relation.Categorical rel = relation(c, k);
            int size = 0;
            for (Relation.Row r : rel.rows()) {
                size += r.values().size() + 1;
            }
            if (rel.rows().isEmpty() || cells + size > MAX_CELLS) {
                continue;
            }
            cells += size;
            parentOf.put(ch, p);
            out.add(rel);
        }
        return ordered(out);
    }

    /** How many relations lead to a field (0: drawn by its own hints). */
    private static int depth(Map<String, String> parentOf, String field) {
        int d = 0;
        for (String f = parentOf.get(field); f != null; f = parentOf.get(f)) {
            d++;
        }
        return d;
    }

    /** Whether {@code field} is {@code ancestor} or follows it through relations. */
    private static boolean descends(Map<String, String> parentOf, String field, String ancestor) {
        for (String f = field; f != null; f = parentOf.get(f)) {
            if (f.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Cells the relations of {@link #learn} may still take of {@link #MAX_CELLS}. */
    static int cellsLeft(List<Relation.Categorical> relations) {
        int cells = 0;
        for (Relation.Categorical rel : relations) {
            for (Relation.Row r : rel.rows()) {
                cells += r.values().size() + 1;
            }
        }
        return Math.max(0, MAX_CELLS - cells);
    }

    static long[][] table(Columns.Column a, Columns.Column b) {
        long[][] t = new long[a.values.size()][b.values.size()];
        for (int r = 0; r < a.codes.length; r++) {
            int x = a.codes[r];
            int y = b.codes[r];
            if (x >= 0 && y >= 0) {
                t[x][y]++;
            }
        }
        return t;
    }

    private static Relation.Categorical relation(Candidate c, int k) {
        long[][] t = table(c.parent, c.child);
        long total = 0;
        for (long[] row : t) {
            for (long x : row) {
                total += x;
            }
        }
        List<Relation.Row> rows = new ArrayList<>();
        for (int p = 0; p < t.length; p++) {
            long rowTotal = 0;
            for (long x : t[p]) {
                rowTotal += x;
            }
            if (c.parent.counts.get(p) < k || rowTotal < k) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            long other = 0;
            for (int ch = 0; ch < t[p].length; ch++) {
                if (t[p][ch] == 0) {
                    continue;
                }
                if (c.child.counts.get(ch) >= k) {
                    order.add(ch);
                } else {
                    other += t[p][ch];
                }
            }
            int row = p;
            order.sort(Comparator.comparingLong((Integer ch) -> t[row][ch]).reversed().thenComparingInt(ch -> ch));
            List<com.fasterxml.jackson.databind.JsonNode> values = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (int ch : order) {
                values.add(ValueKey.json(c.child.values.get(ch)));
                weights.add(RelationsCodec.round((double) t[p][ch] / rowTotal));
            }
            rows.add(new Relation.Row(ValueKey.json(c.parent.values.get(p)), RelationsCodec.round((double) rowTotal / total),
                    values, weights, RelationsCodec.round((double) other / rowTotal)));
        }
        return new Relation.Categorical(c.parent.path, c.child.path, RelationsCodec.round(c.v), rows);
    }
}
