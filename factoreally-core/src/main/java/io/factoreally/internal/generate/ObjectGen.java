package io.factoreally.internal.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plain object: its members in spec order; absent members are left out. */
public final class ObjectGen extends GenNode {
    private final String[] keys;
    private final GenNode[] children;
    private final Map<String, GenNode> byKey;

    ObjectGen(String path, double missingPct, double nullPct, Map<String, GenNode> members) {
        super(path, missingPct, nullPct, List.of());
        this.keys = members.keySet().toArray(new String[0]);
        this.children = members.values().toArray(new GenNode[0]);
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** Member name -> node, in spec order. */
    public Map<String, GenNode> members() {
        return byKey;
    }

    /** Member names in spec order. */
    public List<String> keys() {
        return List.of(keys);
    }

    @Override
    Object value(long contextSeed, long seed, Rng rng, EdgeRecord edge, Boundary boundary) {
        return build(contextSeed, edge);
    }

    /** The object's map; members derive from the same context as the object (record or element). */
    public Map<String, Object> build(long contextSeed) {
        return build(contextSeed, null);
    }

    /** The object's map in an edge-case record ({@code null}: realistic). */
    public Map<String, Object> build(long contextSeed, EdgeRecord edge) {
        Map<String, Object> out = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
        for (int i = 0; i < keys.length; i++) {
            Object v = children[i].generate(contextSeed, edge);
            if (v != ABSENT) {
                out.put(keys[i], v);
            }
        }
        return out;
    }
}
