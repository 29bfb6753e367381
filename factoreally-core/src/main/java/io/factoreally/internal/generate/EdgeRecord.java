package io.factoreally.internal.generate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One edge-case record of an {@link EdgePlan}: which boundary each node takes, which container nodes
 * must be present (and non-empty) because a descendant takes a boundary, and the label naming the
 * boundaries covered. Immutable; nodes are matched by identity, so one record steers every element of
 * an array and every value of a dynamic map alike.
 */
public final class EdgeRecord {
    private final Map<GenNode, Boundary> boundaries;
    private final Set<GenNode> needed;
    private final String label;

    EdgeRecord(Map<GenNode, Boundary> boundaries, Set<GenNode> needed, String label) {
        this.boundaries = Collections.unmodifiableMap(new IdentityHashMap<>(boundaries));
        Set<GenNode> n = Collections.newSetFromMap(new IdentityHashMap<>());
        n.addAll(needed);
        this.needed = Collections.unmodifiableSet(n);
        this.label = label;
    }

    /** The boundary {@code node} takes in this record, or null for a realistic value. */
    public Boundary boundary(GenNode node) {
        return boundaries.get(node);
    }

    /** Whether {@code node} must be present, not null and (for a container) non-empty. */
    public boolean needs(GenNode node) {
        return needed.contains(node);
    }

    /** The boundaries covered, e.g. {@code age=max, nickname=null} ({@code typical} when none). */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
