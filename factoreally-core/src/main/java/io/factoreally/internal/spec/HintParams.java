package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed, validating access to one hint's parameter object. Every error names the field path, the
 * hint and the parameter, so that a broken spec can be fixed without a debugger.
 */
public final class HintParams {
    private final String path;
    private final String hint;
    private final JsonNode params;
    private final Set<String> read = new LinkedHashSet<>();

    HintParams(String path, String hint, JsonNode params) {
        this.path = path;
        this.hint = hint;
        this.params = params;
    }

    /** The field path these parameters belong to. */
    public String path() {
        return path;
    }

    public boolean has(String name) {
        read.add(name);
        JsonNode n = params.get(name);
        return n != null && !n.isNull();
    }

    public JsonNode node(String name) {
        read.add(name);
        JsonNode n = params.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public JsonNode requiredNode(String name) {
        JsonNode n = node(name);
        if (n == null) {
            throw error(name, "is required");
        }
        return n;
    }

    /** A JSON number kept as Long/BigInteger (integers) or Double (floats); null when absent. */
    public Number number(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            throw error(name, "must be a number, got " + describe(n));
        }
        Number value;
        if (n.isIntegralNumber()) {
            BigInteger big = n.bigIntegerValue();
            value = big.bitLength() < 64 ? (Number) big.longValue() : big;
        } else {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw error(name, "must be finite, got " + n);
            }
            value = d;
            if (n.isBigDecimal()) { // keep decimals a double cannot hold (40 digits) exactly
                java.math.BigDecimal exact = n.decimalValue();
                if (new java.math.BigDecimal(Double.toString(d)).compareTo(exact) != 0) {
                    value = exact;
                }
            }
        }
        return value;
    }

    public Number requiredNumber(String name) {
        requiredNode(name);
        return number(name);
    }

    public Integer integer(String name, int min, int max) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            throw error(name, "must be a whole number in [" + min + ", " + max + "], got " + describe(n));
        }
        return n.intValue();
    }

    public double percentage(String name) {
        Number n = requiredNumber(name);
        double v = n.doubleValue();
        if (v < 0 || v > 100) {
            throw error(name, "must be a percentage in [0, 100], got " + params.get(name));
        }
        return v;
    }

    public String string(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw error(name, "must be a string, got " + describe(n));
        }
        return n.textValue();
    }

    public String requiredString(String name) {
        requiredNode(name);
        return string(name);
    }

    public LocalDate date(String name) {
        String s = requiredString(name);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(name, "must be a date written YYYY-MM-DD, got \"" + s + "\"");
        }
    }

    public OffsetDateTime datetime(String name) {
        String s = requiredString(name);
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw error(name, "must be an ISO-8601 date-time with an offset, got \"" + s + "\"");
        }
    }

    public List<Double> doubles(String name, int expectedSize) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            throw error(name, "must be an array of numbers, got " + describe(n));
        }
        if (expectedSize >= 0 && n.size() != expectedSize) {
            throw error(name, "must have " + expectedSize + " numbers, got " + n.size());
        }
        List<Double> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.doubleValue())) {
                throw error(name + "[" + i + "]", "must be a finite number, got " + describe(e));
            }
            out.add(e.doubleValue());
        }
        return out;
    }

    public List<String> strings(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            throw error(name, "must be an array of strings, got " + describe(n));
        }
        List<String> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) {
                throw error(name + "[" + i + "]", "must be a string, got " + describe(e));
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** Rejects parameters the hint does not know (the original rejects them too). */
    void rejectUnknown() {
        Iterator<String> names = params.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new SpecFormatException(where() + ": unknown parameter \"" + name + "\" (known: "
                        + String.join(", ", read) + ")");
            }
        }
    }

    /** An error about parameter {@code name}. */
    public SpecFormatException error(String name, String problem) {
        return new SpecFormatException(where() + "." + name + " " + problem);
    }

    /** An error about the hint as a whole. */
    public SpecFormatException error(String problem) {
        return new SpecFormatException(where() + ": " + problem);
    }

    String where() {
        return "field \"" + path + "\" " + hint;
    }

    static String describe(JsonNode n) {
        JsonNodeType t = n.getNodeType();
        String text = n.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return t.name().toLowerCase(java.util.Locale.ROOT) + " " + text;
    }
}
