package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts spec JSON values to the plain Java values records are made of: {@code Long} (or
 * {@code BigInteger} beyond 64 bits) for JSON integers, {@code Double} for JSON floats that a double
 * holds exactly as written (else {@code BigDecimal}), {@code String}, {@code Boolean}, {@code null},
 * mutable {@code ArrayList} / {@code LinkedHashMap} for arrays and objects.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The Java value of a JSON node; containers are fresh mutable copies. */
    public static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
        }
        if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            double v = d.doubleValue();
            if (Double.isFinite(v) && BigDecimal.valueOf(v).compareTo(d) == 0) {
                return v;
            }
            return d;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.size());
            for (JsonNode e : n) {
                out.add(toJava(e));
            }
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.put(e.getKey(), toJava(e.getValue()));
            }
            return out;
        }
        return n.asText();
    }

    /** Whether {@link #toJava} gives an immutable value that may be shared between records. */
    /** A plain Java scalar (String, Boolean, Long, Double, BigInteger, BigDecimal) as JSON; anything else is null. */
    public static JsonNode toJson(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof String s) {
            return f.textNode(s);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Double d) {
            return f.numberNode(d);
        }
        if (v instanceof BigInteger b) {
            return f.numberNode(b);
        }
        if (v instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        return f.nullNode();
    }

    static boolean isScalar(JsonNode n) {
        return n == null || !n.isContainerNode();
    }

    static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }
}
