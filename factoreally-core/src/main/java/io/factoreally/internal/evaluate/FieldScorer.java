package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FidelityReport.Chart;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores one field of two flattened record sets: presence, nulls, JSON types and shape. */
final class FieldScorer {
    private FieldScorer() {
    }

    /** The measures of one field on one comparison. */
    record Outcome(int realValues, int syntheticValues, double presenceReal, double presenceSynthetic,
                   double nullReal, double nullSynthetic, double typeAgreement, Double shape, String measure,
                   double score) {
    }

    static Outcome score(FieldPlan plan, Flattened real, Flattened synthetic) {
        Column r = real.column(plan.path());
        Column s = synthetic.column(plan.path());
        List<JsonNode> rv = r == null ? List.of() : r.values();
        List<JsonNode> sv = s == null ? List.of() : s.values();
        double presenceR = presence(plan, r, real);
        double presenceS = presence(plan, s, synthetic);
        double nullR = nullRate(rv);
        double nullS = nullRate(sv);
        double types = 1 - Measures.tvd(typeCounts(rv), typeCounts(sv));
        Double shape;
        String measure;
        switch (plan.kind()) {
            case NUMBER -> {
                shape = 1 - Measures.ks(numbers(rv), numbers(sv));
                measure = "ks";
            }
            case CATEGORY -> {
                shape = 1 - Measures.tvd(categories(rv), categories(sv));
                measure = "tvd";
            }
            case STRING -> {
                double format = 1 - Measures.tvd(formats(rv), formats(sv));
                double length = 1 - Measures.ks(lengths(rv), lengths(sv));
                shape = (format + length) / 2;
                measure = "format+length";
            }
            case ARRAY -> {
                shape = 1 - Measures.ks(lengths(rv), lengths(sv));
                measure = "length-ks";
            }
            default -> {
                shape = null;
                measure = "-";
            }
        }
        double score = (shape == null ? 1 : shape) * (1 - Math.abs(presenceR - presenceS))
                * (1 - Math.abs(nullR - nullS)) * types;
        return new Outcome(rv.size(), sv.size(), presenceR, presenceS, nullR, nullS, types, shape, measure, score);
    }

    /** The chart of a field: what its shape measure compares. */
    static Chart chart(FieldPlan plan, Flattened real, Flattened synthetic) {
        Column r = real.column(plan.path());
        Column s = synthetic.column(plan.path());
        List<JsonNode> rv = r == null ? List.of() : r.values();
        List<JsonNode> sv = s == null ? List.of() : s.values();
        return switch (plan.kind()) {
            case NUMBER -> Charts.histogram("values", numbers(rv), numbers(sv));
            case CATEGORY -> Charts.bars("values", labelled(categories(rv)), labelled(categories(sv)));
            case STRING -> Charts.bars("formats", names(formats(rv)), names(formats(sv)));
            case ARRAY -> Charts.histogram("lengths", lengths(rv), lengths(sv));
            default -> Charts.bars("presence", status(plan, r, real), status(plan, s, synthetic));
        };
    }

    static double presence(FieldPlan plan, Column c, Flattened f) {
        if (c == null) {
            return 0;
        }
        if (plan.container() == null) {
            return 1;
        }
        int rows = f.rows(plan.container());
        return rows == 0 ? 0 : c.size() / (double) rows;
    }

    private static double nullRate(List<JsonNode> values) {
        if (values.isEmpty()) {
            return 0;
        }
        int nulls = 0;
        for (JsonNode v : values) {
            if (v.isNull()) {
                nulls++;
            }
        }
        return nulls / (double) values.size();
    }

    private static Map<JsonType, Integer> typeCounts(List<JsonNode> values) {
        Map<JsonType, Integer> m = new EnumMap<>(JsonType.class);
        for (JsonNode v : values) {
            if (!v.isNull()) {
                m.merge(JsonType.of(v), 1, Integer::sum);
            }
        }
        return m;
    }

    static double[] numbers(List<JsonNode> values) {
        return values.stream().filter(JsonNode::isNumber).mapToDouble(JsonNode::doubleValue)
                .filter(Double::isFinite).toArray();
    }

    /** Lengths of strings (in code points) and of arrays. */
    static double[] lengths(List<JsonNode> values) {
        return values.stream().filter(v -> v.isTextual() || v.isArray())
                .mapToDouble(v -> v.isArray() ? v.size() : v.textValue().codePointCount(0, v.textValue().length()))
                .toArray();
    }

    static Map<String, Integer> categories(List<JsonNode> values) {
        Map<String, Integer> m = new TreeMap<>();
        for (JsonNode v : values) {
            if (!v.isNull() && !v.isContainerNode()) {
                m.merge(JsonType.categoryKey(v), 1, Integer::sum);
            }
        }
        return m;
    }

    static Map<StringFormat, Integer> formats(List<JsonNode> values) {
        Map<StringFormat, Integer> m = new EnumMap<>(StringFormat.class);
        for (JsonNode v : values) {
            if (v.isTextual()) {
                m.merge(StringFormat.of(v.textValue()), 1, Integer::sum);
            }
        }
        return m;
    }

    private static Map<String, Integer> labelled(Map<String, Integer> categories) {
        Map<String, Integer> m = new LinkedHashMap<>();
        categories.forEach((k, v) -> m.put(JsonType.label(k), v));
        return m;
    }

    private static Map<String, Integer> names(Map<StringFormat, Integer> formats) {
        Map<String, Integer> m = new LinkedHashMap<>();
        formats.forEach((k, v) -> m.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        return m;
    }

    private static Map<String, Integer> status(FieldPlan plan, Column c, Flattened f) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int nulls = c == null ? 0 : (int) c.values().stream().filter(JsonNode::isNull).count();
        int present = c == null ? 0 : c.size();
        m.put("value", present - nulls);
        m.put("null", nulls);
        if (plan.container() != null) {
            m.put("absent", Math.max(0, f.rows(plan.container()) - present));
        }
        return m;
    }
}
