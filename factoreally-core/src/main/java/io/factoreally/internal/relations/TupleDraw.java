package io.factoreally.internal.relations;

import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.JsonValues;
import io.factoreally.internal.generate.ObjectGen;
import io.factoreally.internal.generate.Rng;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link Relation.Tuples} compiled for generation: draws one stored combination (or, with the
 * remaining probability, none) and gives each member that is present and not null its value.
 * Without a combination, a member whose own draw is one of the stored values of that member is drawn
 * again (a few times at most), so the stored values keep their shares (a TEMPLATE whose literal is
 * a stored value would give it too often) and stay with their combinations. Overridden members are
 * never changed; the combinations are then limited to those that agree with their values (none
 * agreeing: the members' own draws stand). Immutable and thread-safe.
 */
final class TupleDraw {
    private final String[] fields;
    private final Object[][] values;
    private final String[][] keys;
    private final double[] weights;
    private final double other;
    private final long hash;
    /** Per member: its node (null when not in the spec's tree) and its stored values' keys. */
    private final GenNode[] nodes;
    private final Set<String>[] stored;
    /** Draws of a member's own hints at most, looking for a value no combination has. */
    static final int REDRAWS = 8;

    private TupleDraw(String[] fields, Object[][] values, String[][] keys, double[] weights, double other, long hash,
                      GenNode[] nodes, Set<String>[] stored) {
        this.nodes = nodes;
        this.stored = stored;
        this.fields = fields;
        this.values = values;
        this.keys = keys;
        this.weights = weights;
        this.other = other;
        this.hash = hash;
    }

    /**
     * Compiles a relation among members of {@code root} (the record or a nested object) whose fields
     * become member names by {@code name}; {@code salt} names the level.
     */
    @SuppressWarnings("unchecked")
    static TupleDraw of(Relation.Tuples t, ObjectGen root, Function<String, String> name, String salt) {
        String[] fields = t.fields().stream().map(name).toArray(String[]::new);
        GenNode[] nodes = new GenNode[fields.length];
        Set<String>[] stored = new Set[fields.length];
        for (int f = 0; f < fields.length; f++) {
            nodes[f] = root.members().get(fields[f]);
            stored[f] = new HashSet<>();
        }
        int n = t.tuples().size();
        Object[][] values = new Object[n][fields.length];
        String[][] keys = new String[n][fields.length];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            Relation.Tuple x = t.tuples().get(i);
            for (int f = 0; f < fields.length; f++) {
                values[i][f] = JsonValues.toJava(x.values().get(f));
                keys[i][f] = ValueKey.of(x.values().get(f));
                stored[f].add(keys[i][f]);
            }
            weights[i] = x.weight();
        }
        return new TupleDraw(fields, values, keys, weights, t.other(),
                Rng.hash("relations:tuples:" + salt + String.join("\u0000", fields)), nodes, stored);
    }

    /** Draws a combination for one object (changed in place) whose overridden members are {@code fixed}. */
    void apply(Map<String, Object> object, long seed, Set<String> fixed) {
        boolean[] agrees = new boolean[weights.length];
        double total = 0;
        boolean anyFixed = false;
        for (String f : fields) {
            anyFixed |= fixed.contains(f);
        }
        for (int i = 0; i < weights.length; i++) {
            agrees[i] = !anyFixed || agrees(i, object, fixed);
            total += agrees[i] ? weights[i] : 0;
        }
        if (!anyFixed) {
            total += other;
        }
        if (total <= 0) {
            return;
        }
        double u = new Rng(Rng.derive(seed, hash)).nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            if (!agrees[i]) {
                continue;
            }
            u -= weights[i];
            if (u < 0) {
                for (int f = 0; f < fields.length; f++) {
                    if (!fixed.contains(fields[f]) && object.get(fields[f]) != null) {
                        object.put(fields[f], values[i][f]);
                    }
                }
                return;
            }
        }
        if (!anyFixed) {
            for (int f = 0; f < fields.length; f++) {
                redraw(object, f, seed);
            }
        }
    }

    /** Draws member {@code f} again while its value is a stored one (a few times at most). */
    private void redraw(Map<String, Object> object, int f, long seed) {
        Object v = object.get(fields[f]);
        if (v == null || nodes[f] == null || !stored[f].contains(ValueKey.of(v))) {
            return;
        }
        for (int attempt = 0; attempt < REDRAWS; attempt++) {
            Object w = nodes[f].generateValue(Rng.derive(seed, hash + 31L * f + attempt + 1));
            if (w != null && w != GenNode.ABSENT && !stored[f].contains(ValueKey.of(w))) {
                object.put(fields[f], w);
                return;
            }
        }
    }

    /** Whether combination {@code i} has the values of the object's overridden members. */
    private boolean agrees(int i, Map<String, Object> object, Set<String> fixed) {
        for (int f = 0; f < fields.length; f++) {
            if (fixed.contains(fields[f]) && !keys[i][f].equals(ValueKey.of(object.get(fields[f])))) {
                return false;
            }
        }
        return true;
    }
}
