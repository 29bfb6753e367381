package io.factoreally.internal.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pair of sibling fields chosen for measurement, with its association in all real records.
 * Pairs are chosen among fields of the same object level, bounded in number: at most
 * {@value #MAX_FIELDS_PER_LEVEL} fields per level are paired, and the {@code max} most associated
 * pairs are kept, no level taking more than its share (at least {@value #MIN_LEVEL_QUOTA}) while other
 * levels have candidates: one nested object of 20 URLs of the same user must not hide every other
 * dependency.
 */
record PairPlan(PairKind kind, FieldPlan first, FieldPlan second, double association, int rows) {
    static final int MAX_FIELDS_PER_LEVEL = 120;
    static final int MIN_LEVEL_QUOTA = 10;
    private static final Comparator<PairPlan> ORDER = Comparator.comparingDouble((PairPlan p) -> -Math.abs(p.association()))
            .thenComparing(p -> p.kind().ordinal())
            .thenComparing(p -> p.first().path())
            .thenComparing(p -> p.second().path());

    static List<PairPlan> choose(Map<String, FieldPlan> fields, Flattened real, int max) {
        Map<String, List<FieldPlan>> levels = new LinkedHashMap<>();
        for (FieldPlan p : fields.values()) {
            if (p.container() != null && eligible(p)) {
                List<FieldPlan> level = levels.computeIfAbsent(p.container(), c -> new ArrayList<>());
                if (level.size() < MAX_FIELDS_PER_LEVEL) {
                    level.add(p);
                }
            }
        }
        List<PairPlan> candidates = new ArrayList<>();
        for (List<FieldPlan> level : levels.values()) {
            for (int i = 0; i < level.size(); i++) {
                for (int j = i + 1; j < level.size(); j++) {
                    FieldPlan a = level.get(i);
                    FieldPlan b = level.get(j);
                    PairKind kind = valueKind(a, b);
                    if (kind != null) {
                        FieldPlan first = kind == PairKind.NUMERIC_BY_CATEGORY && a.kind() != FieldPlan.Kind.CATEGORY ? b : a;
                        FieldPlan second = first == a ? b : a;
                        add(candidates, kind, first, second, real);
                    }
                    if (a.kind() == FieldPlan.Kind.CATEGORY && b.nullable() && b.kind() != FieldPlan.Kind.CATEGORY) {
                        add(candidates, PairKind.NULLS, a, b, real);
                    } else if (b.kind() == FieldPlan.Kind.CATEGORY && a.nullable() && a.kind() != FieldPlan.Kind.CATEGORY) {
                        add(candidates, PairKind.NULLS, b, a, real);
                    }
                    if (a.optional() && b.optional()) {
                        add(candidates, PairKind.CO_PRESENCE, a, b, real);
                    }
                }
            }
        }
        candidates.sort(ORDER);
        return select(candidates, max);
    }

    /** The first {@code max} candidates, each level limited to its quota until the others run out. */
    static List<PairPlan> select(List<PairPlan> sorted, int max) {
        long levels = sorted.stream().map(p -> p.first().container()).distinct().count();
        long quota = levels == 0 ? max : Math.max(MIN_LEVEL_QUOTA, (max + levels - 1) / levels);
        List<PairPlan> chosen = new ArrayList<>();
        List<PairPlan> rest = new ArrayList<>();
        Map<String, Integer> perLevel = new java.util.HashMap<>();
        for (PairPlan p : sorted) {
            if (chosen.size() < max && perLevel.merge(p.first().container(), 1, Integer::sum) <= quota) {
                chosen.add(p);
            } else {
                rest.add(p);
            }
        }
        for (PairPlan p : rest) {
            if (chosen.size() >= max) {
                break;
            }
            chosen.add(p);
        }
        chosen.sort(ORDER);
        return List.copyOf(chosen);
    }

    private static boolean eligible(FieldPlan p) {
        return p.optional() || p.nullable() || p.kind() == FieldPlan.Kind.NUMBER || p.kind() == FieldPlan.Kind.CATEGORY;
    }

    private static void add(List<PairPlan> out, PairKind kind, FieldPlan a, FieldPlan b, Flattened real) {
        PairScorer.Measured m = PairScorer.measure(kind, a, b, real);
        if (m.rows() >= PairScorer.MIN_ROWS) {
            out.add(new PairPlan(kind, a, b, m.association(), m.rows()));
        }
    }

    /** How the values of two fields are compared, or null when they are not (strings, arrays). */
    static PairKind valueKind(FieldPlan a, FieldPlan b) {
        boolean catA = a.kind() == FieldPlan.Kind.CATEGORY;
        boolean catB = b.kind() == FieldPlan.Kind.CATEGORY;
        boolean numA = a.numeric() && (a.kind() == FieldPlan.Kind.NUMBER || catA);
        boolean numB = b.numeric() && (b.kind() == FieldPlan.Kind.NUMBER || catB);
        if (numA && numB) {
            return PairKind.NUMERIC;
        }
        if (catA && catB) {
            return PairKind.CATEGORICAL;
        }
        if ((catA && b.kind() == FieldPlan.Kind.NUMBER) || (catB && a.kind() == FieldPlan.Kind.NUMBER)) {
            return PairKind.NUMERIC_BY_CATEGORY;
        }
        return null;
    }
}
