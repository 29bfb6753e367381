package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.HintTypes;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.SpecCodec;
import io.factoreally.internal.spec.SpecFormatException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's {@code relations} section: an array of objects with a {@code kind}
 * ({@code categorical}, {@code categorical_joint}, {@code numeric_by_category}, {@code category_shifts},
 * {@code copula}, {@code copresence}, {@code tuples}, {@code nulls}). Reading validates everything
 * generation relies on, with messages naming the relation's index and field.
 */
public final class RelationsCodec {
    /** The top-level key. */
    public static final String SECTION = "relations";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> KINDS = List.of(Relation.Categorical.KIND, Relation.NumericByCategory.KIND,
            Relation.Copula.KIND, Relation.CoPresence.KIND, Relation.Shifts.KIND, Relation.Joint.KIND,
            Relation.Tuples.KIND, Relation.Nulls.KIND);

    private RelationsCodec() {
    }

    /**
     * Reads and validates a {@code relations} section against the spec's fields.
     *
     * @throws SpecFormatException naming {@code relations[i]} and the offending key or field
     */
    public static List<Relation> read(JsonNode section, Map<String, List<Hint>> fields) {
        if (section == null || section.isNull()) {
            return List.of();
        }
        if (!section.isArray()) {
            throw new SpecFormatException("\"relations\" must be an array of relation objects, got "
                    + section.getNodeType().name().toLowerCase());
        }
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            RelationReader r = new RelationReader(i, section.get(i));
            Relation rel = readOne(r, fields);
            String level = FieldPath.parent(rel.fields().get(0));
            for (String f : rel.fields()) {
                if (!FieldPath.parent(f).equals(level)) {
                    throw r.error("fields \"" + rel.fields().get(0) + "\" and \"" + f
                            + "\" are members of different objects (a relation joins members of one object)");
                }
            }
            out.add(rel);
        }
        return List.copyOf(out);
    }

    private static Relation readOne(RelationReader r, Map<String, List<Hint>> fields) {
        if (!r.node.isObject()) {
            throw r.error("must be an object with a \"kind\"");
        }
        String kind = r.text(r.node, "kind");
        switch (kind) {
            case Relation.Categorical.KIND -> {
                r.only("kind", "parent", "child", "strength", "table");
                String[] pc = r.parentAndChild(fields);
                List<Relation.Row> rows = new ArrayList<>();
                for (JsonNode row : r.array(r.node, "table")) {
                    JsonNode when = r.scalar(row, "when");
                    double share = r.probability(r.required(row, "share"), "share");
                    Draw d = readDraw(r, row);
                    rows.add(new Relation.Row(when, share, d.values(), d.weights(), d.other()));
                }
                return new Relation.Categorical(pc[0], pc[1], r.probability(r.required(r.node, "strength"), "strength"),
                        rows);
            }
            case Relation.NumericByCategory.KIND -> {
                r.only("kind", "parent", "child", "strength", "cases");
                String[] pc = r.parentAndChild(fields);
                String parent = pc[0];
                String child = pc[1];
                List<Relation.Case> cases = new ArrayList<>();
                for (JsonNode c : r.array(r.node, "cases")) {
                    JsonNode when = r.scalar(c, "when");
                    JsonNode number = r.required(c, NumberHint.TYPE);
                    List<Hint> hints;
                    try {
                        hints = SpecCodec.readHints(child, JSON.objectNode().set(NumberHint.TYPE, number));
                    } catch (SpecFormatException e) {
                        throw r.error("cases: " + e.getMessage());
                    }
                    cases.add(new Relation.Case(when, (NumberHint) hints.get(0)));
                }
                return new Relation.NumericByCategory(parent, child,
                        r.probability(r.required(r.node, "strength"), "strength"), cases);
            }
            case Relation.Copula.KIND -> {
                r.only("kind", "fields", "correlation");
                List<String> names = r.distinctFields(fields);
                JsonNode m = r.array(r.node, "correlation");
                int n = names.size();
                if (m.size() != n) {
                    throw r.error("\"correlation\" must be a " + n + " x " + n + " matrix");
                }
                double[][] c = new double[n][n];
                for (int i = 0; i < n; i++) {
                    JsonNode row = m.get(i);
                    if (!row.isArray() || row.size() != n) {
                        throw r.error("\"correlation\" must be a " + n + " x " + n + " matrix");
                    }
                    for (int j = 0; j < n; j++) {
                        JsonNode v = row.get(j);
                        if (!v.isNumber() || Math.abs(v.doubleValue()) > 1 || (i == j && v.doubleValue() != 1)) {
                            throw r.error("\"correlation\"[" + i + "][" + j + "] must be a number in [-1, 1]"
                                    + (i == j ? " equal to 1" : "") + ", got " + v);
                        }
                        c[i][j] = v.doubleValue();
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        if (c[i][j] != c[j][i]) {
                            throw r.error("\"correlation\" must be symmetric ([" + i + "][" + j + "] != [" + j + "]["
                                    + i + "])");
                        }
                    }
                }
                return new Relation.Copula(names, c);
            }
            case Relation.CoPresence.KIND -> {
                r.only("kind", "fields", "patterns", "other", "other_rates");
                List<String> names = r.distinctFields(fields);
                List<Relation.Pattern> patterns = new ArrayList<>();
                for (JsonNode p : r.array(r.node, "patterns")) {
                    List<String> present = new ArrayList<>();
                    for (JsonNode f : r.array(p, "present")) {
                        if (!f.isTextual() || !names.contains(f.textValue())) {
                            throw r.error("patterns: \"present\" may only name the relation's fields, got " + f);
                        }
                        present.add(f.textValue());
                    }
                    patterns.add(new Relation.Pattern(present, r.probability(r.required(p, "weight"), "weight")));
                }
                double other = r.node.has("other") ? r.probability(r.node.get("other"), "other") : 0;
                List<Double> rates = new ArrayList<>();
                if (r.node.has("other_rates")) {
                    r.array(r.node, "other_rates").forEach(x -> rates.add(r.probability(x, "other_rates")));
                    if (rates.size() != names.size()) {
                        throw r.error("\"other_rates\" must have one rate per field (" + names.size() + "), got "
                                + rates.size());
                    }
                }
                return new Relation.CoPresence(names, patterns, other, rates);
            }
            case Relation.Joint.KIND -> {
                r.only("kind", "parents", "child", "gain", "table");
                JsonNode ps = r.array(r.node, "parents");
                if (ps.size() != 2) {
                    throw r.error("\"parents\" must name two fields, got " + ps.size());
                }
                String parent = r.fieldName(ps.get(0), fields);
                String second = r.fieldName(ps.get(1), fields);
                String child = r.field("child", fields);
                r.distinct(parent, child);
                r.distinct(second, child);
                r.distinct(parent, second);
                List<Relation.JointRow> rows = new ArrayList<>();
                for (JsonNode row : r.array(r.node, "table")) {
                    JsonNode when = r.array(row, "when");
                    if (when.size() != 2) {
                        throw r.error("table: \"when\" must hold one value per parent, got " + when);
                    }
                    Draw d = readDraw(r, row);
                    rows.add(new Relation.JointRow(r.checkScalar(when.get(0), "when"), r.checkScalar(when.get(1), "when"),
                            d.values(), d.weights(), d.other()));
                }
                return new Relation.Joint(parent, second, child, r.probability(r.required(r.node, "gain"), "gain"), rows);
            }
            case Relation.Shifts.KIND -> {
                r.only("kind", "child", "strength", "shifts", "scale", "cdf");
                String child = r.field("child", fields);
                List<Relation.Shift> shifts = new ArrayList<>();
                Set<String> parents = new HashSet<>();
                for (JsonNode sh : r.array(r.node, "shifts")) {
                    String parent = r.fieldName(r.required(sh, "parent"), fields);
                    r.distinct(parent, child);
                    if (!parents.add(parent)) {
                        throw r.error("shifts: parent \"" + parent + "\" appears twice");
                    }
                    RelationReader.Shifted when = r.valuesAndShifts(sh, "when", "shifts: ");
                    double other = sh.has("other") ? r.finite(sh.get("other"), "other") : 0;
                    Relation.Within within = sh.has("within") ? ShiftWithinCodec.read(r, sh.get("within"), fields,
                            child, parent) : null;
                    shifts.add(new Relation.Shift(parent, when.values(), when.by(), other, within));
                }
                if (shifts.isEmpty()) {
                    throw r.error("\"shifts\" must name at least one parent");
                }
                double scale = r.finite(r.required(r.node, "scale"), "scale");
                if (!(scale > 0)) {
                    throw r.error("\"scale\" must be a number above 0, got " + r.node.get("scale"));
                }
                List<Double> cdf = new ArrayList<>();
                r.array(r.node, "cdf").forEach(v -> cdf.add(r.probability(v, "cdf")));
                if (cdf.size() != Relation.Shifts.CDF_POINTS) {
                    throw r.error("\"cdf\" must have " + Relation.Shifts.CDF_POINTS + " values, got " + cdf.size());
                }
                for (int i = 1; i < cdf.size(); i++) {
                    if (cdf.get(i) < cdf.get(i - 1)) {
                        throw r.error("\"cdf\" must not decrease (at " + i + ")");
                    }
                }
                return new Relation.Shifts(child, r.probability(r.required(r.node, "strength"), "strength"), shifts,
                        scale, cdf);
            }
            case Relation.Tuples.KIND -> {
                return TuplesCodec.read(r, fields);
            }
            case Relation.Nulls.KIND -> {
                return NullsCodec.read(r, fields);
            }
            default -> throw r.error("unknown kind \"" + kind + "\" (known: " + String.join(", ", KINDS) + ")");
        }
    }

    /** The section for a list of relations. */
    public static ArrayNode write(List<Relation> relations) {
        ArrayNode out = JSON.arrayNode();
        for (Relation rel : relations) {
            ObjectNode o = out.addObject();
            o.put("kind", rel.kind());
            if (rel instanceof Relation.Categorical c) {
                writeParentAndChild(o, c.parent(), c.child(), c.strength());
                ArrayNode table = o.putArray("table");
                for (Relation.Row row : c.rows()) {
                    ObjectNode t = table.addObject();
                    t.set("when", row.when());
                    t.put("share", round(row.share()));
                    writeDraw(t, row.values(), row.weights(), row.other());
                }
            } else if (rel instanceof Relation.NumericByCategory b) {
                writeParentAndChild(o, b.parent(), b.child(), b.strength());
                ArrayNode cases = o.putArray("cases");
                for (Relation.Case c : b.cases()) {
                    ObjectNode t = cases.addObject();
                    t.set("when", c.when());
                    HintTypes.of(c.hint()).writer().write(c.hint(), t.putObject(NumberHint.TYPE), false);
                }
            } else if (rel instanceof Relation.CoPresence p) {
                ArrayNode f = o.putArray("fields");
                p.fields().forEach(f::add);
                ArrayNode patterns = o.putArray("patterns");
                for (Relation.Pattern pattern : p.patterns()) {
                    ObjectNode t = patterns.addObject();
                    ArrayNode present = t.putArray("present");
                    pattern.present().forEach(present::add);
                    t.put("weight", round(pattern.weight()));
                }
                if (p.other() > 0) {
                    o.put("other", round(p.other()));
                    ArrayNode rates = o.putArray("other_rates");
                    p.otherRates().forEach(x -> rates.add(round(x)));
                }
            } else if (rel instanceof Relation.Joint j) {
                o.putArray("parents").add(j.parent()).add(j.second());
                o.put("child", j.child());
                o.put("gain", round(j.gain()));
                ArrayNode table = o.putArray("table");
                for (Relation.JointRow row : j.rows()) {
                    ObjectNode t = table.addObject();
                    t.putArray("when").add(row.when()).add(row.when2());
                    writeDraw(t, row.values(), row.weights(), row.other());
                }
            } else if (rel instanceof Relation.Shifts sh) {
                o.put("child", sh.child());
                o.put("strength", round(sh.strength()));
                ArrayNode shifts = o.putArray("shifts");
                for (Relation.Shift x : sh.shifts()) {
                    ObjectNode t = shifts.addObject();
                    t.put("parent", x.parent());
                    writeValuesAndShifts(t, "when", x.when(), x.by());
                    t.put("other", round(x.other()));
                    if (x.within() != null) {
                        ShiftWithinCodec.write(x.within(), t.putObject("within"));
                    }
                }
                o.put("scale", round(sh.scale()));
                ArrayNode cdf = o.putArray("cdf");
                sh.cdf().forEach(v -> cdf.add(round(v)));
            } else if (rel instanceof Relation.Tuples t) {
                TuplesCodec.write(t, o);
            } else if (rel instanceof Relation.Nulls n) {
                NullsCodec.write(n, o);
            } else if (rel instanceof Relation.Copula k) {
                ArrayNode f = o.putArray("fields");
                k.fields().forEach(f::add);
                ArrayNode m = o.putArray("correlation");
                for (double[] row : k.correlation()) {
                    ArrayNode a = m.addArray();
                    for (double x : row) {
                        a.add(round(x));
                    }
                }
            }
        }
        return out;
    }

    /** The members {@link RelationReader#valuesAndShifts} reads. */
    static void writeValuesAndShifts(ObjectNode t, String key, List<JsonNode> values, List<Double> by) {
        ArrayNode v = t.putArray(key);
        values.forEach(v::add);
        ArrayNode b = t.putArray("by");
        by.forEach(x -> b.add(round(x)));
    }

    /** The members {@link RelationReader#parentAndChild} reads, and the relation's strength. */
    static void writeParentAndChild(ObjectNode o, String parent, String child, double strength) {
        o.put("parent", parent);
        o.put("child", child);
        o.put("strength", round(strength));
    }

    /** A table row's draw as read: values, their weights, the share of values too rare to store. */
    private record Draw(List<JsonNode> values, List<Double> weights, double other) {
    }

    /** Reads and checks a table row's draw (the members {@link #writeDraw} writes). */
    private static Draw readDraw(RelationReader r, JsonNode row) {
        List<JsonNode> values = new ArrayList<>();
        r.array(row, "values").forEach(v -> values.add(r.checkScalar(v, "values")));
        List<Double> weights = new ArrayList<>();
        r.array(row, "weights").forEach(w -> weights.add(r.probability(w, "weights")));
        if (values.size() != weights.size()) {
            throw r.error("table: \"values\" and \"weights\" differ in length (" + values.size()
                    + " vs " + weights.size() + ")");
        }
        double other = row.has("other") ? r.probability(row.get("other"), "other") : 0;
        return new Draw(values, weights, other);
    }

    /** A conditional table row's draw: values, their weights and the share of values too rare to store. */
    private static void writeDraw(ObjectNode t, List<JsonNode> values, List<Double> weights, double other) {
        ArrayNode v = t.putArray("values");
        values.forEach(v::add);
        ArrayNode w = t.putArray("weights");
        weights.forEach(x -> w.add(round(x)));
        if (other > 0) {
            t.put("other", round(other));
        }
    }

    static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
