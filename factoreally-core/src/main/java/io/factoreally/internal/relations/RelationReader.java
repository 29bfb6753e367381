package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.SpecFormatException;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validating access to relation i of a {@code relations} section: errors name {@code relations[i]} and its kind. */
final class RelationReader {
    final int index;
    final JsonNode node;

    RelationReader(int index, JsonNode node) {
        this.index = index;
        this.node = node;
    }

    SpecFormatException error(String problem) {
        String kind = node != null && node.has("kind") ? " (" + node.get("kind").asText() + ")" : "";
        return new SpecFormatException("relations[" + index + "]" + kind + ": " + problem);
    }

    JsonNode required(JsonNode o, String key) {
        JsonNode v = o.isObject() ? o.get(key) : null;
        if (v == null) {
            throw error("missing \"" + key + "\"");
        }
        return v;
    }

    String text(JsonNode o, String key) {
        JsonNode v = required(o, key);
        if (!v.isTextual()) {
            throw error("\"" + key + "\" must be a string, got " + v);
        }
        return v.textValue();
    }

    JsonNode array(JsonNode o, String key) {
        JsonNode v = required(o, key);
        if (!v.isArray()) {
            throw error("\"" + key + "\" must be an array, got " + v.getNodeType().name().toLowerCase());
        }
        return v;
    }

    JsonNode scalar(JsonNode o, String key) {
        return checkScalar(required(o, key), key);
    }

    JsonNode checkScalar(JsonNode v, String key) {
        if (v.isContainerNode() || v.isNull() || ValueKey.of(v) == null) {
            throw error("\"" + key + "\" values must be strings, numbers or booleans, got " + v);
        }
        return v;
    }

    double probability(JsonNode v, String key) {
        if (!v.isNumber() || v.doubleValue() < 0 || v.doubleValue() > 1) {
            throw error("\"" + key + "\" must be a number in [0, 1], got " + v);
        }
        return v.doubleValue();
    }

    /** The relation's {@code fields}: at least two distinct spec fields. */
    List<String> distinctFields(Map<String, List<Hint>> fields) {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode f : array(node, "fields")) {
            names.add(fieldName(f, fields));
        }
        if (names.size() < 2 || new java.util.HashSet<>(names).size() != names.size()) {
            throw error("\"fields\" must name at least two distinct fields");
        }
        return names;
    }

    /** Scalars under {@code key} of {@code o} and their shifts under {@code "by"}, one each. */
    record Shifted(List<JsonNode> values, List<Double> by) {
    }

    /**
     * Reads {@code o}'s scalars under {@code key} and as many finite shifts under {@code "by"}.
     *
     * @param context prefixes the message when the lengths differ ({@code "shifts: "})
     */
    Shifted valuesAndShifts(JsonNode o, String key, String context) {
        List<JsonNode> values = new java.util.ArrayList<>();
        array(o, key).forEach(v -> values.add(checkScalar(v, key)));
        List<Double> by = new java.util.ArrayList<>();
        array(o, "by").forEach(v -> by.add(finite(v, "by")));
        if (values.size() != by.size()) {
            throw error(context + "\"" + key + "\" and \"by\" differ in length (" + values.size() + " vs " + by.size()
                    + ")");
        }
        return new Shifted(values, by);
    }

    /** The relation's {@code parent} and {@code child}: two distinct spec fields. */
    String[] parentAndChild(Map<String, List<Hint>> fields) {
        String parent = field("parent", fields);
        String child = field("child", fields);
        distinct(parent, child);
        return new String[] {parent, child};
    }

    double finite(JsonNode v, String key) {
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw error("\"" + key + "\" must be a number, got " + v);
        }
        return v.doubleValue();
    }

    String field(String key, Map<String, List<Hint>> fields) {
        return fieldName(required(node, key), fields);
    }

    String fieldName(JsonNode v, Map<String, List<Hint>> fields) {
        if (!v.isTextual()) {
            throw error("field names must be strings, got " + v);
        }
        String name = v.textValue();
        if (!fields.containsKey(name)) {
            throw error("field \"" + name + "\" is not a field of the spec");
        }
        List<FieldPath.Segment> segs = FieldPath.parse(name);
        if (!(segs.get(segs.size() - 1) instanceof FieldPath.Member)) {
            throw error("field \"" + name + "\" is an array element or a map value, not a member (relations join "
                    + "members of objects)");
        }
        return name;
    }

    void distinct(String parent, String child) {
        if (parent.equals(child)) {
            throw error("parent and child are the same field \"" + parent + "\"");
        }
    }

    void only(String... keys) {
        Set<String> allowed = Set.of(keys);
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error("unknown key \"" + k + "\" (allowed: " + String.join(", ", keys) + ")");
            }
        }
    }
}
