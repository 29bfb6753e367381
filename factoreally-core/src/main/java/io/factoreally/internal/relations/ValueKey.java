package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.generate.JsonValues;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Canonical keys for matching a field's value against a relation's stored values: a generated
 * {@code Long 3}, a parsed {@code 3} and an override {@code 3.0} are the same number; strings,
 * booleans and numbers never collide.
 */
final class ValueKey {
    private ValueKey() {
    }

    /** The key of a plain Java value, or null for values relations never match (null, containers). */
    static String of(Object v) {
        if (v instanceof String s) {
            return "s" + s;
        }
        if (v instanceof Boolean b) {
            return "b" + b;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return "n" + v;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                return null;
            }
            return "n" + BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof BigDecimal d) {
            return "n" + d.stripTrailingZeros().toPlainString();
        }
        return null;
    }

    /** The key of a JSON scalar. */
    static String of(JsonNode n) {
        return of(JsonValues.toJava(n));
    }

    /** A plain Java scalar as JSON. */
    static JsonNode json(Object v) {
        return JsonValues.toJson(v);
    }
}
