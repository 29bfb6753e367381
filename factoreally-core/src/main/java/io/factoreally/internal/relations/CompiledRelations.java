package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.generate.ArrayGen;
import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.JsonValues;
import io.factoreally.internal.generate.MapGen;
import io.factoreally.internal.generate.ObjectGen;
import io.factoreally.internal.generate.QuantileSampler;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.generate.Samplers;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spec's relations compiled for generation: applied to each generated top-level record after its
 * fields were drawn on their own. Immutable and thread-safe.
 *
 * <p>Presence and nulls stay as the fields' own hints drew them, except where co-presence patterns
 * or a {@code nulls} table decide them; the other relations only replace present, non-null values.
 * Every draw comes from an {@link Rng} derived from the record seed and the dependent field's name,
 * so a record stays a function of (seed, index) and a dependent's draw is the same quantile whatever
 * its parent's value (a different parent only changes the table).
 *
 * <p>Overrides win: an overridden field is never replaced; a dependent of an overridden parent is
 * drawn for the new value (apply again after the overrides); a parent whose strongly dependent
 * child was overridden is drawn from P(parent | child). A value a relation does not know leaves the
 * field's own draw in place, so nothing ever fails.
 */
public final class CompiledRelations {
    private static final CompiledRelations NONE = new CompiledRelations(List.of(), List.of(), List.of(), Map.of(),
            Set.of(), List.of(), "", List.of(), List.of(), List.of());
    /** Cramér's V from which overriding a child also moves its parent. */
    static final double STRONG = 0.5;

    private final List<Cat> categorical;
    private final List<Pair> pairs;
    private final List<Cop> copulas;
    private final Map<String, Num> numeric;
    private final Set<String> involved;
    private final List<PresencePatterns> presence;
    /** Prefix of this level's random-source names: empty for the records' fields, the object's path below. */
    private final String salt;
    private final List<Nested> nested;
    private final List<TupleDraw> tuples;
    private final List<NullDraw> nulls;

    /**
     * The relations among the members of the objects at a path below the record: {@code path} holds
     * member names, and null for the elements of an array (each applied with its own seed).
     */
    private record Nested(String[] path, CompiledRelations level) {
    }

    private record Cat(String parent, String child, double strength, Map<String, Row> rows, List<Object> whens,
                       List<Double> shares) {
    }

    /** A child drawn from P(child | parent, second) for the pairs of values in {@code rows} (key: both keys). */
    private record Pair(String parent, String second, String child, Map<String, Row> rows) {
    }

    private record Row(Object[] values, double[] cumulative, Map<String, Double> byKey) {
        Object draw(double u) {
            for (int i = 0; i < values.length; i++) {
                if (u < cumulative[i]) {
                    return values[i];
                }
            }
            return NO_VALUE;
        }
    }

    private static final Object NO_VALUE = new Object();

    private record Cop(String[] fields, double[][] correlation, double[][] lower, long hash) {
    }

    /** How one numeric field is drawn: its marginal, per-category samplers, or both; shifted by categories or not. */
    private record Num(String field, QuantileSampler marginal, String parent, Map<String, QuantileSampler> cases,
                       Shifted shifted) {
        Num with(Shifted s) {
            return new Num(field, marginal, parent, cases, s);
        }
    }

    private CompiledRelations(List<Cat> categorical, List<Pair> pairs, List<Cop> copulas, Map<String, Num> numeric,
                              Set<String> involved, List<PresencePatterns> presence, String salt, List<Nested> nested,
                              List<TupleDraw> tuples, List<NullDraw> nulls) {
        this.tuples = tuples;
        this.nulls = nulls;
        this.pairs = pairs;
        this.salt = salt;
        this.nested = nested;
        this.presence = presence;
        this.categorical = categorical;
        this.copulas = copulas;
        this.numeric = numeric;
        this.involved = involved;
    }

    /** No relations. */
    public static CompiledRelations none() {
        return NONE;
    }

    /** The relations of a spec (its {@code relations} section), compiled. */
    public static CompiledRelations of(io.factoreally.FactorySpec spec, GenNode root) {
        JsonNode section = spec.extensions().get(RelationsCodec.SECTION);
        if (section == null || !(root instanceof ObjectGen top)) {
            return NONE;
        }
        return compile(RelationsCodec.read(section, spec.fields()), spec.fields(), top);
    }

    /**
     * Compiles validated relations against the spec's fields: those among top-level fields for the
     * record, the others for the nested object whose members they join.
     */
    public static CompiledRelations compile(List<Relation> relations, Map<String, List<Hint>> fields, ObjectGen root) {
        if (relations.isEmpty()) {
            return NONE;
        }
        Map<String, List<Relation>> byLevel = new LinkedHashMap<>();
        for (Relation r : relations) {
            byLevel.computeIfAbsent(FieldPath.parent(r.fields().get(0)), l -> new ArrayList<>()).add(r);
        }
        List<Nested> nested = new ArrayList<>();
        for (Map.Entry<String, List<Relation>> e : byLevel.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            List<FieldPath.Segment> segs = FieldPath.parse(e.getKey());
            String[] path = new String[segs.size()];
            GenNode node = root;
            for (int i = 0; i < path.length && node != null; i++) {
                if (segs.get(i) instanceof FieldPath.Member m) {
                    path[i] = m.name();
                    node = node instanceof ObjectGen o ? o.members().get(path[i]) : null;
                } else if (segs.get(i) instanceof FieldPath.MapValue) {
                    path[i] = MAP_VALUES;
                    node = node instanceof MapGen g ? g.valueNode() : null;
                } else {
                    node = node instanceof ArrayGen a && segs.get(i) instanceof FieldPath.Element ? a.element() : null;
                }
            }
            if (node instanceof ObjectGen object) {
                nested.add(new Nested(path, compileLevel(e.getValue(), fields, object, e.getKey() + "\u0000",
                        List.of())));
            }
        }
        return compileLevel(byLevel.getOrDefault("", List.of()), fields, root, "", List.copyOf(nested));
    }

    private static CompiledRelations compileLevel(List<Relation> relations, Map<String, List<Hint>> fields,
                                                  ObjectGen root, String salt, List<Nested> nested) {
        List<Cat> cats = new ArrayList<>();
        List<Cop> cops = new ArrayList<>();
        Map<String, Num> nums = new LinkedHashMap<>();
        Set<String> involved = new HashSet<>();
        List<PresencePatterns> pres = new ArrayList<>();
        Map<String, Shifted> shifted = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        List<TupleDraw> tups = new ArrayList<>();
        List<NullDraw> nullDraws = new ArrayList<>();
        for (Relation r : relations) {
            if (r instanceof Relation.Tuples t) {
                tups.add(TupleDraw.of(t, root, CompiledRelations::name, salt));
            } else if (r instanceof Relation.Nulls n) {
                nullDraws.add(NullDraw.of(n, root, CompiledRelations::name, salt));
            } else if (r instanceof Relation.CoPresence p) {
                pres.add(PresencePatterns.compile(p, root, salt));
            } else if (r instanceof Relation.Categorical c) {
                Map<String, Row> rows = new HashMap<>();
                List<Object> whens = new ArrayList<>();
                List<Double> shares = new ArrayList<>();
                for (Relation.Row row : c.rows()) {
                    rows.put(ValueKey.of(row.when()), row(row));
                    whens.add(JsonValues.toJava(row.when()));
                    shares.add(row.share());
                }
                cats.add(new Cat(name(c.parent()), name(c.child()), c.strength(), rows, whens, shares));
            } else if (r instanceof Relation.Joint j) {
                Map<String, Row> rows = new HashMap<>();
                for (Relation.JointRow row : j.rows()) {
                    rows.put(ValueKey.of(row.when()) + "\u0000" + ValueKey.of(row.when2()),
                            row(new Relation.Row(row.when(), 0, row.values(), row.weights(), row.other())));
                }
                pairs.add(new Pair(name(j.parent()), name(j.second()), name(j.child()), rows));
            } else if (r instanceof Relation.NumericByCategory b) {
                Map<String, QuantileSampler> cases = new HashMap<>();
                for (Relation.Case k : b.cases()) {
                    if (Samplers.forHint(k.hint()) instanceof QuantileSampler q) {
                        cases.put(ValueKey.of(k.when()), q);
                    }
                }
                nums.put(name(b.child()), new Num(name(b.child()), marginal(fields.get(b.child())), name(b.parent()),
                        cases, null));
            } else if (r instanceof Relation.Copula k) {
                String[] names = k.fields().stream().map(CompiledRelations::name).toArray(String[]::new);
                double[][] lower = Correlations.cholesky(k.correlation());
                cops.add(new Cop(names, Correlations.times(lower), lower, Rng.hash("relations:copula:" + salt
                        + String.join("\u0000", names))));
                for (String f : k.fields()) {
                    nums.putIfAbsent(name(f), new Num(name(f), marginal(fields.get(f)), null, Map.of(), null));
                }
            } else if (r instanceof Relation.Shifts sh) {
                shifted.put(name(sh.child()), Shifted.of(sh, CompiledRelations::name));
                nums.putIfAbsent(name(sh.child()), new Num(name(sh.child()), marginal(fields.get(sh.child())), null,
                        Map.of(), null));
            }
            r.fields().forEach(f -> involved.add(name(f)));
        }
        shifted.forEach((f, sh) -> nums.computeIfPresent(f, (key, n) -> n.with(sh)));
        return new CompiledRelations(List.copyOf(cats), List.copyOf(pairs), List.copyOf(cops), Map.copyOf(nums),
                Set.copyOf(involved), List.copyOf(pres), salt, nested, List.copyOf(tups), List.copyOf(nullDraws));
    }


    /** A relation field's member name in its object. */
    static String name(String path) {
        List<FieldPath.Segment> segs = FieldPath.parse(path);
        return ((FieldPath.Member) segs.get(segs.size() - 1)).name();
    }

    private static QuantileSampler marginal(List<Hint> hints) {
        if (hints != null) {
            for (Hint h : hints) {
                if (h instanceof ValueHint v) {
                    return v instanceof NumberHint && Samplers.forHint(v) instanceof QuantileSampler q ? q : null;
                }
            }
        }
        return null;
    }

    private static Row row(Relation.Row r) {
        Object[] values = new Object[r.values().size()];
        double[] cum = new double[values.length];
        Map<String, Double> byKey = new HashMap<>();
        double total = r.other();
        for (Double w : r.weights()) {
            total += w;
        }
        double acc = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = JsonValues.toJava(r.values().get(i));
            double p = total > 0 ? r.weights().get(i) / total : 0;
            acc += p;
            cum[i] = acc;
            byKey.merge(ValueKey.of(r.values().get(i)), p, Double::sum);
        }
        return new Row(values, cum, byKey);
    }

    /** Whether there are no relations. */
    public boolean isEmpty() {
        return categorical.isEmpty() && tuples.isEmpty() && pairs.isEmpty() && numeric.isEmpty() && presence.isEmpty()
                && nested.isEmpty() && nulls.isEmpty();
    }

    /** Whether any of these top-level field names takes part in a relation. */
    public boolean involves(Set<String> names) {
        for (String n : names) {
            if (involved.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the relations to a generated top-level record.
     *
     * @param record     the record, changed in place
     * @param recordSeed the record's seed
     * @param fixed      top-level field names set by overrides: never replaced
     * @param reverse    whether to draw the parent of an overridden, strongly dependent child from
     *                   P(parent | child) (after the overrides were applied)
     */
    public void apply(Map<String, Object> record, long recordSeed, Set<String> fixed, boolean reverse) {
        applyLevel(record, recordSeed, fixed, reverse);
        if (reverse) {
            return; // nested objects were done before the overrides, which win
        }
        for (Nested n : nested) {
            if (fixed.contains(n.path[0])) {
                continue;
            }
            applyAt(record, n, 0, recordSeed);
        }
    }

    /** Applies a nested level's relations to the objects at {@code n.path} from step {@code i} of it. */
    private static void applyAt(Object o, Nested n, int i, long seed) {
        if (i == n.path.length) {
            if (o instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) m;
                n.level.applyLevel(object, seed, Set.of(), false);
            }
        } else if (n.path[i] == MAP_VALUES) {
            if (o instanceof Map<?, ?> m) {
                int e = 0;
                for (Object value : m.values()) { // each value its own draws, as an array's elements
                    applyAt(value, n, i + 1, Rng.derive(seed, e++ + ELEMENT_SALT));
                }
            }
        } else if (n.path[i] != null) {
            if (o instanceof Map<?, ?> m) {
                applyAt(m.get(n.path[i]), n, i + 1, seed);
            }
        } else if (o instanceof List<?> elements) {
            for (int e = 0; e < elements.size(); e++) { // each element its own draws
                applyAt(elements.get(e), n, i + 1, Rng.derive(seed, e + ELEMENT_SALT));
            }
        }
    }

    private static final long ELEMENT_SALT = 0x51ED27A1B3C4D5E6L;
    /** The step into every value of a dynamic map (compared by identity; a member name is never this object). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String MAP_VALUES = new String("{}");

    private void applyLevel(Map<String, Object> record, long recordSeed, Set<String> fixed, boolean reverse) {
        for (PresencePatterns p : presence) {
            p.apply(record, recordSeed, fixed);
        }
        for (TupleDraw t : tuples) {
            t.apply(record, recordSeed, fixed);
        }
        Set<String> held = fixed;
        if (reverse) {
            for (Cat c : categorical) {
                if (fixed.contains(c.child) && !fixed.contains(c.parent) && c.strength >= STRONG
                        && conditionParent(c, record, recordSeed)) {
                    held = new HashSet<>(held);
                    held.add(c.parent); // its own parent's table must not undo it
                }
            }
        }
        for (Cat c : categorical) {
            if (held.contains(c.child) || !present(record, c.child)) {
                continue;
            }
            Row row = c.rows.get(ValueKey.of(record.get(c.parent)));
            if (row != null) {
                Object v = row.draw(rng(recordSeed, salt + c.child).nextDouble());
                if (v != NO_VALUE) {
                    record.put(c.child, v);
                }
            }
        }
        for (Pair p : pairs) {
            String a = ValueKey.of(record.get(p.parent));
            String b = ValueKey.of(record.get(p.second));
            if (fixed.contains(p.child) || !present(record, p.child) || a == null || b == null) {
                continue;
            }
            Row row = p.rows.get(a + "\u0000" + b);
            if (row != null) { // the same quantile as the single-parent draw: only the table differs
                Object v = row.draw(rng(recordSeed, salt + p.child).nextDouble());
                if (v != NO_VALUE) {
                    record.put(p.child, v);
                }
            }
        }
        for (NullDraw n : nulls) { // after the tables, so that a parent a table draws is final
            n.apply(record, recordSeed, fixed);
        }
        if (numeric.isEmpty()) {
            return;
        }
        Map<String, Double> normals = new HashMap<>();
        for (Cop k : copulas) {
            Rng rng = new Rng(Rng.derive(recordSeed, k.hash));
            double[] g = new double[k.fields.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = rng.nextGaussian();
            }
            double[] z = Correlations.times(k.lower, g);
            if (!fixed.isEmpty()) {
                condition(k, z, record, fixed);
            }
            for (int i = 0; i < z.length; i++) {
                normals.putIfAbsent(k.fields[i], z[i]);
            }
        }
        for (Num n : numeric.values()) {
            if (fixed.contains(n.field) || !(record.get(n.field) instanceof Number)) {
                continue;
            }
            QuantileSampler s = sampler(n, record);
            Double g = normals.get(n.field);
            if (n.shifted != null) {
                if (s != null) {
                    double z = g != null ? g : rng(recordSeed, salt + n.field).nextGaussian();
                    record.put(n.field, s.at(n.shifted.quantile(n.shifted.mean(record) + n.shifted.scale() * z)));
                }
                continue;
            }
            if (s == null || s == n.marginal && n.parent != null && g == null) {
                continue; // a category without its own hint: the field's own draw stands
            }
            record.put(n.field, s.at(g != null ? Correlations.phi(g) : rng(recordSeed, salt + n.field).nextDouble()));
        }
    }

    private static QuantileSampler sampler(Num n, Map<String, Object> record) {
        if (n.parent != null) {
            QuantileSampler c = n.cases.get(ValueKey.of(record.get(n.parent)));
            if (c != null) {
                return c;
            }
        }
        return n.marginal;
    }

    /**
     * Makes a copula draw agree with overridden members: their normal scores become those of the
     * override values, and the others move by the Gaussian conditional (z_o += S_of S_ff^-1 (z_f* - z_f)),
     * so overriding one correlated number pulls the others along.
     */
    private void condition(Cop k, double[] z, Map<String, Object> record, Set<String> fixed) {
        List<Integer> f = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        for (int i = 0; i < k.fields.length; i++) {
            Num n = numeric.get(k.fields[i]);
            if (!fixed.contains(k.fields[i]) || n == null) {
                continue;
            }
            QuantileSampler s = sampler(n, record);
            double q = s == null ? Double.NaN : s.quantileOf(record.get(k.fields[i]));
            if (!Double.isNaN(q)) {
                f.add(i);
                q = Math.min(Math.max(q, 1e-6), 1 - 1e-6);
                target.add(n.shifted == null ? Correlations.phiInverse(q)
                        : (n.shifted.score(q) - n.shifted.mean(record)) / n.shifted.scale());
            }
        }
        if (f.isEmpty()) {
            return;
        }
        double[] shift = Correlations.conditionalShift(k.correlation, z, f, target);
        for (int i = 0; i < z.length; i++) {
            z[i] += shift[i];
        }
    }

    /** Draws the parent from P(parent | child); whether it did. */
    private boolean conditionParent(Cat c, Map<String, Object> record, long recordSeed) {
        if (!present(record, c.parent)) {
            return false;
        }
        String childKey = ValueKey.of(record.get(c.child));
        if (childKey == null) {
            return false;
        }
        double[] w = new double[c.whens.size()];
        double total = 0;
        int i = 0;
        for (Object when : c.whens) {
            Row row = c.rows.get(ValueKey.of(when));
            w[i] = c.shares.get(i) * row.byKey.getOrDefault(childKey, 0.0);
            total += w[i++];
        }
        if (total <= 0) {
            return false;
        }
        double u = rng(recordSeed, salt + c.parent + "\u0000given\u0000" + c.child).nextDouble() * total;
        for (i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0 || i == w.length - 1) {
                record.put(c.parent, c.whens.get(i));
                return true;
            }
        }
        return false;
    }

    private static boolean present(Map<String, Object> record, String name) {
        return record.get(name) != null;
    }

    private static Rng rng(long recordSeed, String name) {
        return new Rng(Rng.derive(recordSeed, Rng.hash("relations:" + name)));
    }
}
