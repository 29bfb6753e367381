package io.factoreally.internal.generate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boundary plan of a generator tree: a short list of {@link EdgeRecord}s that together take every
 * boundary of every node ({@link GenNode#boundaries()}).
 *
 * <p>Packing is greedy first-fit, so boundaries of different fields share records: the j-th value
 * boundary of every field goes to record j (all at once, in spec order), then each suppressing
 * boundary (null, absent, empty container) goes to the first record where neither the node itself, an
 * ancestor's suppressing boundary nor any descendant's boundary is already placed. The list is
 * therefore about as long as the largest number of boundaries of a single field (plus the few
 * suppressing boundaries of containers whose descendants fill the first records), never the sum.
 * Fields that an override replaces (and their descendants) are left out of the plan.
 */
public final class EdgePlan {
    private final List<EdgeRecord> records;

    private EdgePlan(List<EdgeRecord> records) {
        this.records = List.copyOf(records);
    }

    /** The records, in order; at least one (labelled {@code typical}) when the tree has no boundary. */
    public List<EdgeRecord> records() {
        return records;
    }

    /** Plans a tree, leaving out {@code replaced} nodes and everything below them. */
    public static EdgePlan of(GenNode root, Set<GenNode> replaced) {
        List<GenNode> order = new ArrayList<>();
        Map<GenNode, List<GenNode>> ancestors = new IdentityHashMap<>();
        walk(root, new ArrayList<>(), order, ancestors, replaced);

        List<Map<GenNode, Boundary>> assigned = new ArrayList<>();
        List<Set<GenNode>> needed = new ArrayList<>();
        for (GenNode n : order) {
            for (Boundary b : n.boundaries()) {
                if (!b.suppressesChildren()) {
                    place(n, b, ancestors.get(n), assigned, needed);
                }
            }
        }
        for (GenNode n : order) {
            for (Boundary b : n.boundaries()) {
                if (b.suppressesChildren()) {
                    place(n, b, ancestors.get(n), assigned, needed);
                }
            }
        }
        if (assigned.isEmpty()) {
            grow(assigned, needed);
        }
        List<EdgeRecord> out = new ArrayList<>(assigned.size());
        for (int k = 0; k < assigned.size(); k++) {
            Map<GenNode, Boundary> a = assigned.get(k);
            List<String> parts = new ArrayList<>();
            for (GenNode n : order) {
                Boundary b = a.get(n);
                if (b != null) {
                    parts.add((n.path().isEmpty() ? "value" : n.path()) + "=" + b.label());
                }
            }
            out.add(new EdgeRecord(a, needed.get(k), parts.isEmpty() ? "typical" : String.join(", ", parts)));
        }
        return new EdgePlan(out);
    }

    private static void walk(GenNode node, List<GenNode> path, List<GenNode> order,
                             Map<GenNode, List<GenNode>> ancestors, Set<GenNode> replaced) {
        if (node == null || replaced.contains(node)) {
            return;
        }
        order.add(node);
        ancestors.put(node, List.copyOf(path));
        path.add(node);
        if (node instanceof ObjectGen o) {
            o.members().values().forEach(c -> walk(c, path, order, ancestors, replaced));
        } else if (node instanceof ArrayGen a) {
            walk(a.element(), path, order, ancestors, replaced);
        } else if (node instanceof MapGen m) {
            walk(m.valueNode(), path, order, ancestors, replaced);
        }
        path.remove(path.size() - 1);
    }

    private static void place(GenNode n, Boundary b, List<GenNode> up,
                              List<Map<GenNode, Boundary>> assigned, List<Set<GenNode>> needed) {
        for (int k = 0; ; k++) {
            if (k == assigned.size()) {
                grow(assigned, needed);
            }
            Map<GenNode, Boundary> a = assigned.get(k);
            if (a.containsKey(n) || (b.suppressesChildren() && needed.get(k).contains(n))
                    || up.stream().anyMatch(p -> a.containsKey(p) && a.get(p).suppressesChildren())) {
                continue;
            }
            a.put(n, b);
            needed.get(k).addAll(up);
            return;
        }
    }

    private static void grow(List<Map<GenNode, Boundary>> assigned, List<Set<GenNode>> needed) {
        assigned.add(new IdentityHashMap<>());
        needed.add(java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }
}
