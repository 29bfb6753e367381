package io.factoreally.internal.generate;

import io.factoreally.internal.spec.ArrayHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.MissingHint;
import io.factoreally.internal.spec.NullHint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.ObjectHint;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec compiled once into an immutable generator tree (object / array / dynamic map / leaf nodes,
 * children in spec order). Thread-safe: generating only reads the tree.
 *
 * <p>A path with NULL/MISSING hints but no value hint and no members is an object that was always
 * empty when present (the original writes such paths for {@code {}} values): it generates {@code {}},
 * where the original generates null.
 *
 * <p>Edge-case mode: {@link EdgePlan} assigns each node the boundary it takes in each edge-case record
 * ({@link Boundary}); {@link #edgeRecord} generates such a record through the same tree, so nested
 * paths, array elements and dynamic-map values take their boundaries where they are generated.
 *
 * <p>Record {@code i} of seed {@code s} uses the record seed {@code Rng.derive(s, i)}; top-level
 * fields derive from the record seed and the hash of their path.
 */
public final class Generator {
    private final GenNode root;
    private final boolean empty;

    private Generator(GenNode root, boolean empty) {
        this.root = root;
        this.empty = empty;
    }

    /** Compiles a spec's fields (path -> hint chain, in spec order). */
    public static Generator compile(Map<String, List<Hint>> fields) {
        Draft top = new Draft("");
        for (Map.Entry<String, List<Hint>> e : fields.entrySet()) {
            String path = e.getKey();
            Draft d = top;
            if (!path.isEmpty()) {
                List<FieldPath.Segment> segs = FieldPath.parse(path);
                for (int i = 0; i < segs.size(); i++) {
                    d = d.child(segs.get(i), FieldPath.format(segs.subList(0, i + 1)));
                }
            }
            d.hints = e.getValue();
        }
        return new Generator(top.compile(), fields.isEmpty());
    }

    /** The root node. */
    public GenNode root() {
        return root;
    }

    /** Whether records are maps (the root is a plain object or a dynamic map). */
    public boolean objectRoot() {
        return root instanceof ObjectGen || root instanceof MapGen;
    }

    /** The seed of record {@code index}. */
    public static long recordSeed(long seed, long index) {
        return Rng.derive(seed, index);
    }

    /** Record {@code index}: a map, a bare value for a root path spec, or null for a spec without fields. */
    public Object record(long seed, long index) {
        if (empty) {
            return null;
        }
        Object v = root.generate(recordSeed(seed, index));
        return v == GenNode.ABSENT ? null : v;
    }

    /**
     * Edge-case record {@code k} of a plan built for this generator, generated from {@code recordSeed}
     * (the realistic rest of the record): a map, a bare value, or null for a spec without fields.
     */
    public Object edgeRecord(long recordSeed, EdgeRecord edge) {
        if (empty) {
            return null;
        }
        Object v = root.generate(recordSeed, edge);
        return v == GenNode.ABSENT ? null : v;
    }

    /** A path under construction. */
    private static final class Draft {
        final String path;
        List<Hint> hints = List.of();
        final Map<String, Draft> members = new LinkedHashMap<>();
        Draft element;
        Draft mapValue;

        Draft(String path) {
            this.path = path;
        }

        Draft child(FieldPath.Segment s, String childPath) {
            if (s instanceof FieldPath.Element) {
                return element == null ? element = new Draft(childPath) : element;
            }
            if (s instanceof FieldPath.MapValue) {
                return mapValue == null ? mapValue = new Draft(childPath) : mapValue;
            }
            return members.computeIfAbsent(((FieldPath.Member) s).name(), k -> new Draft(childPath));
        }

        GenNode compile() {
            double missing = 0;
            double nul = 0;
            boolean array = false;
            boolean map = false;
            NumberHint count = null;
            ValueHint firstValue = null;
            ValueHint afterCount = null;
            List<ValueHint> values = new ArrayList<>();
            for (Hint h : hints) {
                if (h instanceof MissingHint m) {
                    missing = m.pct();
                } else if (h instanceof NullHint n) {
                    nul = n.pct();
                } else if (h instanceof ArrayHint) {
                    array = true;
                } else if (h instanceof ObjectHint) {
                    map = true;
                } else if (h instanceof ValueHint v) {
                    values.add(v);
                    if (firstValue == null) {
                        firstValue = v;
                    }
                    if (count == null && v instanceof NumberHint n) {
                        count = n;
                    } else if (count != null && afterCount == null) {
                        afterCount = v;
                    }
                }
            }
            if (array) {
                return new ArrayGen(path, missing, nul, sampler(count), element == null ? null : element.compile(),
                        EdgeValues.sizes(count, "longest"));
            }
            if (map) {
                return new MapGen(path, missing, nul, sampler(count), valueSampler(values, values.indexOf(afterCount), true),
                        mapValue == null ? null : mapValue.compile(), edgeSizesAndKeys(count, afterCount));
            }
            if (!members.isEmpty()) {
                Map<String, GenNode> kids = new LinkedHashMap<>();
                members.forEach((k, d) -> kids.put(k, d.compile()));
                return new ObjectGen(path, missing, nul, kids);
            }
            if (firstValue == null && !path.isEmpty()) {
                // hints but no value and no members: an object that was always {} when present
                return new ObjectGen(path, missing, nul, Map.of());
            }
            return new LeafGen(path, missing, nul, valueSampler(values, 0, false),
                    firstValue == null ? List.of() : EdgeValues.of(values));
        }

        private static List<Boundary> edgeSizesAndKeys(NumberHint count, ValueHint keyHint) {
            List<Boundary> out = new ArrayList<>(EdgeValues.sizes(count, "largest"));
            out.addAll(EdgeValues.keys(keyHint));
            return out;
        }

        /** The sampler of value hint i; a CHOICE with a withheld share falls back to the hint after it. */
        private static ValueSampler valueSampler(List<ValueHint> values, int i, boolean key) {
            if (i < 0 || i >= values.size()) {
                return null;
            }
            if (values.get(i) instanceof ChoiceHint c && c.other() != null) {
                ValueSampler fallback = i + 1 < values.size() ? Samplers.forHint(values.get(i + 1))
                        : key ? OtherChoiceSampler.randomKeys() : null;
                return OtherChoiceSampler.of(c, fallback);
            }
            return Samplers.forHint(values.get(i));
        }

        private static ValueSampler sampler(ValueHint h) {
            return h == null ? null : Samplers.forHint(h);
        }
    }
}
