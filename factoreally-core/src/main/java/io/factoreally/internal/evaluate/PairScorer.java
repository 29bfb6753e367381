package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.evaluate.Measures.Cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures one pair of sibling fields on one record set, joining their values object by object.
 * {@code first} is the categorical side of a numeric-by-category pair.
 */
final class PairScorer {
    /** Pairs with fewer joint rows than this are not measured. */
    static final int MIN_ROWS = 20;

    private PairScorer() {
    }

    /** The association and the table or figure its distance is computed from. */
    record Measured(int rows, double association, Map<Cell, Long> table) {
    }

    static Measured measure(PairKind kind, FieldPlan first, FieldPlan second, Flattened f) {
        Column a = f.column(first.path());
        Column b = f.column(second.path());
        if (kind == PairKind.CO_PRESENCE) {
            return coPresence(first, a, b, f);
        }
        List<JsonNode[]> joined = join(a, b);
        switch (kind) {
            case NUMERIC -> {
                List<double[]> xy = new ArrayList<>();
                for (JsonNode[] p : joined) {
                    if (p[0].isNumber() && p[1].isNumber()) {
                        xy.add(new double[] {p[0].doubleValue(), p[1].doubleValue()});
                    }
                }
                double[] x = xy.stream().mapToDouble(p -> p[0]).toArray();
                double[] y = xy.stream().mapToDouble(p -> p[1]).toArray();
                return new Measured(x.length, Measures.spearman(x, y), Map.of());
            }
            case NUMERIC_BY_CATEGORY -> {
                List<String> groups = new ArrayList<>();
                List<Double> values = new ArrayList<>();
                for (JsonNode[] p : joined) {
                    if (!p[0].isContainerNode() && p[1].isNumber()) {
                        groups.add(JsonType.categoryKey(p[0]));
                        values.add(p[1].doubleValue());
                    }
                }
                double eta = Measures.rankCorrelationRatio(groups.toArray(String[]::new),
                        values.stream().mapToDouble(Double::doubleValue).toArray());
                return new Measured(values.size(), eta, Map.of());
            }
            default -> {
                Map<Cell, Long> table = new HashMap<>();
                for (JsonNode[] p : joined) {
                    if (!p[0].isContainerNode() && (kind == PairKind.NULLS || !p[1].isContainerNode())) {
                        String col = kind == PairKind.NULLS ? (p[1].isNull() ? "null" : "value")
                                : JsonType.categoryKey(p[1]);
                        table.merge(new Cell(JsonType.categoryKey(p[0]), col), 1L, Long::sum);
                    }
                }
                long n = table.values().stream().mapToLong(Long::longValue).sum();
                return new Measured((int) n, Measures.cramersVCorrected(table), table);
            }
        }
    }

    /** Distance between the real and synthetic measurements of a pair (0..1 after capping). */
    static double distance(PairKind kind, Measured real, Measured synthetic) {
        return switch (kind) {
            case NUMERIC, NUMERIC_BY_CATEGORY -> Math.abs(real.association() - synthetic.association());
            case CATEGORICAL, CO_PRESENCE, NULLS -> Measures.tvd(real.table(), synthetic.table());
        };
    }

    private static Measured coPresence(FieldPlan first, Column a, Column b, Flattened f) {
        int rows = f.rows(first.container());
        int na = a == null ? 0 : a.size();
        int nb = b == null ? 0 : b.size();
        int both = a == null || b == null ? 0 : join(a, b).size();
        long n11 = both;
        long n10 = na - both;
        long n01 = nb - both;
        long n00 = rows - na - nb + both;
        Map<Cell, Long> table = new HashMap<>();
        table.put(new Cell("present", "present"), n11);
        table.put(new Cell("present", "absent"), n10);
        table.put(new Cell("absent", "present"), n01);
        table.put(new Cell("absent", "absent"), n00);
        double denominator = Math.sqrt((double) (n11 + n10) * (n01 + n00) * (n11 + n01) * (n10 + n00));
        double phi = denominator == 0 ? 0 : (n11 * n00 - n10 * n01) / denominator;
        return new Measured(rows, phi, table);
    }

    /** Values of two sibling columns that sit in the same object, in row order. */
    static List<JsonNode[]> join(Column a, Column b) {
        List<JsonNode[]> out = new ArrayList<>();
        if (a == null || b == null) {
            return out;
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int ra = a.row(i);
            int rb = b.row(j);
            if (ra == rb) {
                out.add(new JsonNode[] {a.value(i), b.value(j)});
                i++;
                j++;
            } else if (ra < rb) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
