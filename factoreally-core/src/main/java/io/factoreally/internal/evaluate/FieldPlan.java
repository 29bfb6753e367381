package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How one field of the real data is measured, decided once from all real records and then used for
 * the synthetic comparison and the half-versus-half baseline alike.
 *
 * @param container the container path of the rows, or null for pooled values
 * @param numeric   whether most non-null real values are numbers
 * @param optional  whether the field is missing from some of its containers in the real data
 */
record FieldPlan(String path, String container, Kind kind, boolean numeric, boolean optional, boolean nullable) {

    /** The kinds of field, each with its shape measure. */
    enum Kind {
        NUMBER, CATEGORY, STRING, ARRAY, OBJECT, NULL;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** At most this many distinct values make a scalar field categorical... */
    static final int MAX_CATEGORIES = 30;

    static FieldPlan of(Column c, Flattened real) {
        Map<JsonType, Integer> types = new EnumMap<>(JsonType.class);
        Set<String> distinct = new HashSet<>();
        int nonNull = 0;
        for (JsonNode v : c.values()) {
            JsonType t = JsonType.of(v);
            if (t == JsonType.NULL) {
                continue;
            }
            nonNull++;
            types.merge(t, 1, Integer::sum);
            if (distinct.size() <= MAX_CATEGORIES && t != JsonType.ARRAY && t != JsonType.OBJECT) {
                distinct.add(JsonType.categoryKey(v));
            }
        }
        JsonType dominant = JsonType.NULL;
        int best = 0;
        for (Map.Entry<JsonType, Integer> e : types.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                dominant = e.getKey();
            }
        }
        // ...and at most half as many as there are values, so unique values are not categories
        boolean fewValues = distinct.size() <= MAX_CATEGORIES && distinct.size() * 2 <= nonNull;
        Kind kind = switch (dominant) {
            case NULL -> Kind.NULL;
            case OBJECT -> Kind.OBJECT;
            case ARRAY -> Kind.ARRAY;
            case BOOLEAN -> Kind.CATEGORY;
            case NUMBER -> fewValues ? Kind.CATEGORY : Kind.NUMBER;
            case STRING -> fewValues ? Kind.CATEGORY : Kind.STRING;
        };
        boolean optional = c.container() != null && c.size() < real.rows(c.container());
        boolean nullable = nonNull > 0 && nonNull < c.size();
        return new FieldPlan(c.path(), c.container(), kind, dominant == JsonType.NUMBER, optional, nullable);
    }
}
