package io.factoreally.internal.relations;

import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.ObjectGen;
import io.factoreally.internal.generate.Rng;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link Relation.Nulls} compiled for generation: decides, for an object that has the child,
 * whether it is null from the parent's value; a child to be non-null whose own draw was null gets
 * its own non-null draw. Presence is left alone. Immutable and thread-safe.
 */
final class NullDraw {
    private final String parent;
    private final String child;
    private final GenNode node;
    /** Probability of null by the parent value's key. */
    private final Map<String, Double> nulls;
    private final long hash;

    private NullDraw(String parent, String child, GenNode node, Map<String, Double> nulls, long hash) {
        this.parent = parent;
        this.child = child;
        this.node = node;
        this.nulls = nulls;
        this.hash = hash;
    }

    /** Compiles a relation among members of {@code root} whose fields become member names by {@code name}. */
    static NullDraw of(Relation.Nulls n, ObjectGen root, Function<String, String> name, String salt) {
        Map<String, Double> nulls = new HashMap<>();
        for (Relation.NullRow row : n.rows()) {
            nulls.put(ValueKey.of(row.when()), row.nulls());
        }
        String child = name.apply(n.child());
        return new NullDraw(name.apply(n.parent()), child, root.members().get(child), Map.copyOf(nulls),
                Rng.hash("relations:nulls:" + salt + child));
    }

    /** Applies to one object (changed in place) whose overridden members are {@code fixed}. */
    void apply(Map<String, Object> object, long seed, Set<String> fixed) {
        if (fixed.contains(child) || !object.containsKey(child)) {
            return;
        }
        String key = ValueKey.of(object.get(parent));
        Double p = key == null ? null : nulls.get(key);
        if (p == null) {
            return; // a parent value the table does not know: the child's own draw stands
        }
        if (new Rng(Rng.derive(seed, hash)).nextDouble() < p) {
            object.put(child, null);
        } else if (object.get(child) == null && node != null) {
            Object v = node.generateValue(seed);
            if (v != GenNode.ABSENT) {
                object.put(child, v);
            }
        }
    }
}
