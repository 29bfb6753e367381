package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds optional top-level fields whose presence goes together: fields that have a value in between
 * 1 % and 99 % of records, joined when the phi coefficient of their presence is at least
 * {@link #MIN_PHI} (strongest first, at most {@link #MAX_GROUP} per group). Each group stores its
 * joint presence patterns seen at least k times (at most {@link #MAX_PATTERNS}), when they cover all
 * but {@link #MAX_OTHER} of the records.
 */
final class PresenceLearner {
    static final double MIN_PHI = 0.3;
    static final int MAX_GROUP = 16;
    static final int MAX_PATTERNS = 256;
    static final int MAX_FIELDS = 64;
    /** Largest share of records whose pattern is too rare to store (those draw each field on its own). */
    static final double MAX_OTHER = 0.5;

    private PresenceLearner() {
    }

    static List<Relation.CoPresence> learn(List<String> names, List<Object[]> rows, List<Columns.Column> columns, int k) {
        int n = rows.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            index.put(names.get(c), c);
        }
        List<Columns.Column> optional = new ArrayList<>();
        List<boolean[]> has = new ArrayList<>();
        for (Columns.Column col : columns) {
            int c = index.get(col.path);
            boolean[] h = new boolean[n];
            int count = 0;
            for (int r = 0; r < n; r++) {
                Object v = rows.get(r)[c];
                h[r] = v != null && v != RecordSample.NULL;
                count += h[r] ? 1 : 0;
            }
            double rate = (double) count / n;
            if (rate >= 0.01 && rate <= 0.99 && optional.size() < MAX_FIELDS) {
                optional.add(col);
                has.add(h);
            }
        }
        int m = optional.size();
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                double phi = phi(has.get(i), has.get(j));
                if (Math.abs(phi) >= MIN_PHI) {
                    edges.add(new double[] {i, j, Math.abs(phi)});
                }
            }
        }
        edges.sort(Comparator.comparingDouble((double[] e) -> -e[2]).thenComparingDouble(e -> e[0])
                .thenComparingDouble(e -> e[1]));
        int[] root = new int[m];
        int[] size = new int[m];
        for (int i = 0; i < m; i++) {
            root[i] = i;
            size[i] = 1;
        }
        for (double[] e : edges) {
            int a = find(root, (int) e[0]);
            int b = find(root, (int) e[1]);
            if (a != b && size[a] + size[b] <= MAX_GROUP) {
                root[Math.max(a, b)] = Math.min(a, b);
                size[Math.min(a, b)] += size[Math.max(a, b)];
            }
        }
        List<Relation.CoPresence> out = new ArrayList<>();
        for (int g = 0; g < m; g++) {
            if (find(root, g) != g || size[g] < 2) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                if (find(root, i) == g) {
                    members.add(i);
                }
            }
            Relation.CoPresence rel = patterns(members, optional, has, n, k);
            if (!rel.patterns().isEmpty() && rel.other() <= MAX_OTHER) {
                out.add(rel);
            }
        }
        return out;
    }

    private static Relation.CoPresence patterns(List<Integer> members, List<Columns.Column> optional,
                                                List<boolean[]> has, int n, int k) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            long mask = 0;
            for (int b = 0; b < members.size(); b++) {
                if (has.get(members.get(b))[r]) {
                    mask |= 1L << b;
                }
            }
            counts.merge(mask, 1, Integer::sum);
        }
        List<Map.Entry<Long, Integer>> kept = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() >= k) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt((Map.Entry<Long, Integer> e) -> -e.getValue())
                .thenComparingLong(Map.Entry::getKey));
        if (kept.size() > MAX_PATTERNS) {
            kept = kept.subList(0, MAX_PATTERNS);
        }
        List<Relation.Pattern> patterns = new ArrayList<>();
        java.util.Set<Long> stored = new java.util.HashSet<>();
        kept.forEach(e -> stored.add(e.getKey()));
        long[] otherHas = new long[members.size()];
        long otherCount = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (!stored.contains(e.getKey())) {
                otherCount += e.getValue();
                for (int b = 0; b < members.size(); b++) {
                    if ((e.getKey() & (1L << b)) != 0) {
                        otherHas[b] += e.getValue();
                    }
                }
            }
        }
        List<Double> otherRates = new ArrayList<>();
        for (long h : otherHas) {
            otherRates.add(otherCount == 0 ? 0.0 : RelationsCodec.round((double) h / otherCount));
        }
        long covered = 0;
        for (Map.Entry<Long, Integer> e : kept) {
            List<String> present = new ArrayList<>();
            for (int b = 0; b < members.size(); b++) {
                if ((e.getKey() & (1L << b)) != 0) {
                    present.add(optional.get(members.get(b)).path);
                }
            }
            covered += e.getValue();
            patterns.add(new Relation.Pattern(present, RelationsCodec.round((double) e.getValue() / n)));
        }
        List<String> fields = members.stream().map(i -> optional.get(i).path).toList();
        return new Relation.CoPresence(fields, patterns, RelationsCodec.round((double) (n - covered) / n),
                otherCount == 0 ? List.of() : otherRates);
    }

    private static double phi(boolean[] a, boolean[] b) {
        long n11 = 0;
        long n10 = 0;
        long n01 = 0;
        long n00 = 0;
        for (int r = 0; r < a.length; r++) {
            if (a[r]) {
                if (b[r]) {
                    n11++;
                } else {
                    n10++;
                }
            } else if (b[r]) {
                n01++;
            } else {
                n00++;
            }
        }
        double d = Math.sqrt((double) (n11 + n10) * (n01 + n00) * (n11 + n01) * (n10 + n00));
        return d == 0 ? 0 : (n11 * n00 - n10 * n01) / d;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i] = root[root[i]];
        }
        return i;
    }
}
