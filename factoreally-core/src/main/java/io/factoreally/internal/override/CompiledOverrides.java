package io.factoreally.internal.override;

import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.Rng;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Overrides matched against a generator tree once, applied to each generated record in order (later
 * overrides see the effect of earlier ones). Immutable.
 *
 * <p>Setting rules: a top-level field is always set (added in spec position when the record lacks
 * it); deeper, a member is set or added when its parent object is present, and nothing happens when
 * any parent on the way is absent, null or not a container; a name below an array applies to every
 * element; an index beyond an array's end first extends the array with generated elements (element i
 * is the one the array would have had at that length); below a dynamic map any key is set or added.
 */
public final class CompiledOverrides {
    private static final CompiledOverrides NONE = new CompiledOverrides(List.of());

    private final List<Compiled> list;
    private final Set<String> topLevel;

    private record Compiled(List<ResolvedStep> steps, OverrideValue value) {
    }

    private CompiledOverrides(List<Compiled> list) {
        this.list = list;
        Set<String> names = new HashSet<>();
        for (Compiled c : list) {
            if (c.steps.size() == 1 && c.steps.get(0) instanceof ResolvedStep.Member m) {
                names.add(m.name());
            }
        }
        this.topLevel = Set.copyOf(names);
    }

    /** Names of the top-level fields these overrides set (relations never replace them). */
    public Set<String> topLevel() {
        return topLevel;
    }

    /** No overrides. */
    public static CompiledOverrides none() {
        return NONE;
    }

    /**
     * Compiles overrides, in application order.
     *
     * @param root      the generator tree's root
     * @param overrides path -> value, in application order
     * @throws io.factoreally.FactoreallyException for a malformed path or one matching no spec field
     */
    public static CompiledOverrides compile(GenNode root, Map<String, OverrideValue> overrides) {
        if (overrides.isEmpty()) {
            return NONE;
        }
        List<Compiled> out = new ArrayList<>();
        overrides.forEach((path, value) -> out.add(new Compiled(
                PathResolver.resolve(root, path, OverridePath.parse(path)), value)));
        return new CompiledOverrides(List.copyOf(out));
    }

    /**
     * The spec nodes whose value an override replaces wherever they occur (paths of member names and
     * "every element" steps only; an index or a dynamic-map key replaces just one occurrence).
     */
    public java.util.Set<GenNode> replacedNodes() {
        java.util.Set<GenNode> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Compiled c : list) {
            boolean whole = c.steps.stream().allMatch(
                    s -> s instanceof ResolvedStep.Member || s instanceof ResolvedStep.EachElement);
            if (whole && c.steps.get(c.steps.size() - 1) instanceof ResolvedStep.Member m) {
                GenNode n = m.holder().members().get(m.name());
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Applies every override to a record generated from {@code recordSeed}. */
    public void apply(Map<String, Object> record, long recordSeed) {
        for (Compiled c : list) {
            walk(c, record, 0, recordSeed, record);
        }
    }

    private static void walk(Compiled c, Object current, int k, long ctx, Map<String, Object> record) {
        ResolvedStep step = c.steps.get(k);
        boolean last = k == c.steps.size() - 1;
        if (step instanceof ResolvedStep.Member m) {
            if (current instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> obj = (Map<String, Object>) map;
                if (last) {
                    putInOrder(obj, m.name(), c.value.compute(obj.get(m.name()), record), m.holder().keys());
                } else {
                    Object child = obj.get(m.name());
                    if (child != null) {
                        walk(c, child, k + 1, ctx, record);
                    }
                }
            }
        } else if (step instanceof ResolvedStep.Key key) {
            if (current instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> obj = (Map<String, Object>) map;
                if (last) {
                    obj.put(key.key(), c.value.compute(obj.get(key.key()), record));
                } else {
                    Object child = obj.get(key.key());
                    if (child != null) {
                        walk(c, child, k + 1, Rng.derive(ctx, Rng.hash(key.key())), record);
                    }
                }
            }
        } else if (step instanceof ResolvedStep.Element e) {
            if (current instanceof List<?> l) {
                @SuppressWarnings("unchecked") List<Object> list = (List<Object>) l;
                long arraySeed = e.array().seed(ctx);
                while (list.size() <= e.index()) {
                    list.add(e.array().elementAt(arraySeed, list.size()));
                }
                if (last) {
                    list.set(e.index(), c.value.compute(list.get(e.index()), record));
                } else if (list.get(e.index()) != null) {
                    walk(c, list.get(e.index()), k + 1, Rng.derive(arraySeed, e.index()), record);
                }
            }
        } else if (step instanceof ResolvedStep.EachElement each) {
            if (current instanceof List<?> list) {
                long arraySeed = each.array().seed(ctx);
                for (int i = 0; i < list.size(); i++) {
                    Object el = list.get(i);
                    if (el != null) {
                        walk(c, el, k + 1, Rng.derive(arraySeed, i), record);
                    }
                }
            }
        }
    }

    /** Sets {@code key}; an absent member is inserted at its spec position so key order stays the spec's. */
    private static void putInOrder(Map<String, Object> obj, String key, Object value, List<String> order) {
        if (obj.containsKey(key)) {
            obj.put(key, value);
            return;
        }
        int pos = order.indexOf(key);
        if (pos < 0 || !(obj instanceof LinkedHashMap)) {
            obj.put(key, value);
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(obj);
        obj.clear();
        boolean placed = false;
        for (Map.Entry<String, Object> en : copy.entrySet()) {
            if (!placed) {
                int p = order.indexOf(en.getKey());
                if (p > pos) {
                    obj.put(key, value);
                    placed = true;
                }
            }
            obj.put(en.getKey(), en.getValue());
        }
        if (!placed) {
            obj.put(key, value);
        }
    }
}
