package io.factoreally.internal.relations;

import io.factoreally.internal.generate.GenNode;
import io.factoreally.internal.generate.ObjectGen;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.spec.FieldPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled co-presence relation: draws the group's presence pattern for a record and makes each
 * field agree with it, generating a value for a field that should have one (the value the field
 * itself would have made) and leaving out or nulling one that should not (in the proportion of its
 * own MISSING and NULL hints). Immutable.
 */
final class PresencePatterns {
    private final String[] fields;
    private final GenNode[] nodes;
    private final long[] masks;
    private final double[] cumulative;
    /** Per field: its rate of having a value in records of a pattern too rare to store, or null. */
    private final double[] otherRates;
    private final long hash;
    private final List<String> order;

    private final String salt;

    private PresencePatterns(String[] fields, GenNode[] nodes, long[] masks, double[] cumulative, double[] otherRates,
                             List<String> order, String salt) {
        this.salt = salt;
        this.fields = fields;
        this.nodes = nodes;
        this.masks = masks;
        this.cumulative = cumulative;
        this.otherRates = otherRates;
        this.order = order;
        this.hash = Rng.hash("relations:copresence:" + salt + String.join("\u0000", fields));
    }

    /** Compiles a relation among members of {@code root} (the record or a nested object); {@code salt} names its level. */
    static PresencePatterns compile(Relation.CoPresence p, ObjectGen root, String salt) {
        String[] names = p.fields().stream().map(CompiledRelations::name).toArray(String[]::new);
        GenNode[] nodes = new GenNode[names.length];
        for (int i = 0; i < names.length; i++) {
            nodes[i] = root.members().get(names[i]);
        }
        long[] masks = new long[p.patterns().size()];
        double[] cum = new double[masks.length];
        double total = p.other();
        for (Relation.Pattern pattern : p.patterns()) {
            total += pattern.weight();
        }
        double acc = 0;
        for (int i = 0; i < masks.length; i++) {
            Relation.Pattern pattern = p.patterns().get(i);
            for (String f : pattern.present()) {
                masks[i] |= 1L << p.fields().indexOf(f);
            }
            acc += total > 0 ? pattern.weight() / total : 0;
            cum[i] = acc;
        }
        double[] rates = p.otherRates().isEmpty() ? null
                : p.otherRates().stream().mapToDouble(Double::doubleValue).toArray();
        return new PresencePatterns(names, nodes, masks, cum, rates, root.keys(), salt);
    }

    /** Applies the pattern to a top-level record; fields in {@code fixed} (overridden) are left alone. */
    void apply(Map<String, Object> record, long recordSeed, Set<String> fixed) {
        Rng rng = new Rng(Rng.derive(recordSeed, hash));
        double u = rng.nextDouble();
        int i = 0;
        while (i < cumulative.length && u >= cumulative[i]) {
            i++;
        }
        long mask = 0;
        if (i < cumulative.length) {
            mask = masks[i];
        } else if (otherRates == null) {
            return; // a pattern too rare to store, no rates: the fields' own hints decided
        } else {
            for (int b = 0; b < fields.length; b++) {
                if (rng.nextDouble() < otherRates[b]) {
                    mask |= 1L << b;
                }
            }
        }
        for (int b = 0; b < fields.length; b++) {
            String f = fields[b];
            GenNode node = nodes[b];
            if (fixed.contains(f) || node == null) {
                continue;
            }
            boolean want = (mask & (1L << b)) != 0;
            boolean has = record.get(f) != null;
            if (want && !has) {
                Object v = node.generateValue(recordSeed);
                if (v != GenNode.ABSENT) {
                    putInOrder(record, f, v);
                }
            } else if (!want && has) {
                double m = node.missingPct() / 100;
                double nul = node.nullPct() / 100;
                double absent = m + (1 - m) * nul > 0 ? m / (m + (1 - m) * nul) : 1;
                Rng r = new Rng(Rng.derive(recordSeed, Rng.hash("relations:absent\u0000" + salt + f)));
                if (r.nextDouble() < absent) {
                    record.remove(f);
                } else {
                    record.put(f, null);
                }
            }
        }
    }

    /** Sets a field; a new one goes to its spec position so records keep the spec's key order. */
    private void putInOrder(Map<String, Object> record, String key, Object value) {
        if (record.containsKey(key)) {
            record.put(key, value);
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(record);
        record.clear();
        for (String k : order) {
            if (k.equals(key)) {
                record.put(k, value);
            } else if (copy.containsKey(k)) {
                record.put(k, copy.remove(k));
            }
        }
        record.putAll(copy);
    }
}
