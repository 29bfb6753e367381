package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds groups of low-cardinality fields that determine each other (uncertainty coefficient of at
 * least {@link #MIN_U} both ways with the group's first field: an issue's id, node id and URLs) and
 * that one CHOICE table cannot tie because some member is drawn by another hint (TEMPLATE, NUMBER),
 * and stores their combinations of values seen at least k times. Numbers that numeric relations
 * redraw are left out. Bounded: {@link #MAX_FIELDS} fields examined, {@link #MAX_GROUPS} groups.
 */
final class TupleLearner {
    static final double MIN_U = 0.95;
    /** Fields examined at most (most distinct values first): bounds the pairs to 60 * 59 / 2. */
    static final int MAX_FIELDS = 60;
    static final int MAX_GROUPS = 16;

    private TupleLearner() {
    }

    /**
     * The groups among {@code columns}, skipping the fields in {@code redrawn} (numbers a numeric
     * relation draws).
     */
    static List<Relation.Tuples> learn(List<Columns.Column> columns, Set<String> redrawn, int k) {
        List<Columns.Column> cats = new ArrayList<>();
        for (Columns.Column c : columns) {
            if (c.categorical() && !redrawn.contains(c.path)) {
                cats.add(c);
            }
        }
        cats.sort(Comparator.comparingInt((Columns.Column c) -> -c.values.size()));
        if (cats.size() > MAX_FIELDS) {
            cats = new ArrayList<>(cats.subList(0, MAX_FIELDS));
        }
        boolean[] grouped = new boolean[cats.size()];
        List<Relation.Tuples> out = new ArrayList<>();
        for (int i = 0; i < cats.size() && out.size() < MAX_GROUPS; i++) {
            if (grouped[i]) {
                continue;
            }
            List<Columns.Column> group = new ArrayList<>();
            group.add(cats.get(i));
            for (int j = i + 1; j < cats.size(); j++) {
                if (!grouped[j] && determine(cats.get(i), cats.get(j))) {
                    group.add(cats.get(j));
                }
            }
            if (group.size() < 2 || group.stream().allMatch(Columns.Column::choice)) {
                continue; // categorical tables tie CHOICE fields
            }
            Relation.Tuples t = tuples(group, k);
            if (t != null) {
                for (int j = i; j < cats.size(); j++) {
                    grouped[j] |= group.contains(cats.get(j));
                }
                out.add(t);
            }
        }
        return out;
    }

    /** Whether each field's value determines the other's (on the rows that have both). */
    private static boolean determine(Columns.Column a, Columns.Column b) {
        int fewer = Math.min(a.values.size(), b.values.size());
        if (Math.max(a.values.size(), b.values.size()) > 2 * fewer + 2) {
            return false; // far from one value for one value: not worth a table
        }
        long[][] t = CategoricalLearner.table(a, b);
        long n = 0;
        for (long[] row : t) {
            for (long x : row) {
                n += x;
            }
        }
        return n >= CategoricalLearner.MIN_PAIRS && Association.uncertainty(t, true) >= MIN_U
                && Association.uncertainty(t, false) >= MIN_U;
    }

    /** The group's combinations seen at least k times on the rows that have all its fields, or null when none is. */
    private static Relation.Tuples tuples(List<Columns.Column> group, int k) {
        Map<List<Integer>, long[]> counts = new LinkedHashMap<>(); // first seen first
        long total = 0;
        int rows = group.get(0).codes.length;
        for (int r = 0; r < rows; r++) {
            List<Integer> key = new ArrayList<>(group.size());
            for (Columns.Column c : group) {
                if (c.codes[r] < 0) {
                    break;
                }
                key.add(c.codes[r]);
            }
            if (key.size() == group.size()) {
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
                total++;
            }
        }
        List<Map.Entry<List<Integer>, long[]>> kept = new ArrayList<>();
        for (Map.Entry<List<Integer>, long[]> e : counts.entrySet()) {
            if (e.getValue()[0] >= k) {
                kept.add(e);
            }
        }
        if (kept.isEmpty() || total < CategoricalLearner.MIN_PAIRS) {
            return null;
        }
        kept.sort(Comparator.comparingLong((Map.Entry<List<Integer>, long[]> e) -> -e.getValue()[0]));
        List<Relation.Tuple> tuples = new ArrayList<>();
        double covered = 0;
        for (Map.Entry<List<Integer>, long[]> e : kept) {
            List<JsonNode> values = new ArrayList<>();
            for (int f = 0; f < group.size(); f++) {
                values.add(ValueKey.json(group.get(f).values.get(e.getKey().get(f))));
            }
            double w = RelationsCodec.round((double) e.getValue()[0] / total);
            covered += w;
            tuples.add(new Relation.Tuple(values, w));
        }
        List<String> fields = group.stream().map(c -> c.path).toList();
        return new Relation.Tuples(fields, tuples, RelationsCodec.round(Math.max(0, 1 - covered)));
    }

    /**
     * The columns with the members of {@code groups} turned into parents only (no CHOICE of their own
     * to replace): a categorical table must not undo a combination.
     */
    static List<Columns.Column> parentsOnly(List<Columns.Column> columns, List<Relation.Tuples> groups) {
        if (groups.isEmpty()) {
            return columns;
        }
        Set<String> tied = new java.util.HashSet<>();
        groups.forEach(g -> tied.addAll(g.fields()));
        List<Columns.Column> out = new ArrayList<>(columns.size());
        for (Columns.Column c : columns) {
            if (!tied.contains(c.path)) {
                out.add(c);
                continue;
            }
            Columns.Column p = new Columns.Column(c.name, c.path, null);
            p.codes = c.codes;
            p.values.addAll(c.values);
            p.keys.addAll(c.keys);
            p.counts.addAll(c.counts);
            p.numbers = c.numbers;
            p.numberCount = c.numberCount;
            out.add(p);
        }
        return out;
    }
}
