package io.factoreally.internal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A canonical text of a statistics tree (members in first-seen order, every counter, sample and value
 * count), so tests can assert that two ways of building it end in the same state.
 */
final class TreeDump {
    private TreeDump() {
    }

    static String of(PathNode root) {
        StringBuilder b = new StringBuilder();
        node(root, b);
        return b.toString();
    }

    private static void node(PathNode n, StringBuilder b) {
        b.append(n.kind).append(' ').append(n.path).append(" first=").append(n.firstSeen)
                .append(" occ=").append(n.occurrences).append(" nulls=").append(n.nulls)
                .append(" obj=").append(n.objects).append(" arr=").append(n.arrays)
                .append(" bool=").append(n.bools).append(" int=").append(n.ints).append(" float=").append(n.floats)
                .append(" str=").append(n.strings).append(" len=").append(n.minLength).append("..").append(n.maxLength)
                .append(" fmt=").append(Long.toHexString(n.formatMask))
                .append(" keyfmt=").append(Long.toHexString(n.keyFormatMask))
                .append(" dynamic=").append(n.dynamic).append('\n');
        numbers("keyCounts", n.keyCounts, b);
        numbers("lengths", n.lengths, b);
        numbers("numbers", n.numbers, b);
        values("values", n.values, b);
        values("keys", n.keys, b);
        List<PathNode> members = new ArrayList<>(n.members.values());
        members.sort(Comparator.comparingLong(m -> m.firstSeen));
        for (PathNode m : members) {
            node(m, b);
        }
        if (n.element != null) {
            node(n.element, b);
        }
        if (n.mapValue != null) {
            node(n.mapValue, b);
        }
    }

    static String numbers(String what, NumericStats s, StringBuilder b) {
        b.append("  ").append(what).append(": n=").append(s.count)
                .append(s.integral ? " sum=" + s.sum : " float prec=" + s.prec) // a float sum may differ in rounding
                .append(" min=").append(typed(s.min)).append(" max=").append(typed(s.max))
                .append(" sample=").append(Arrays.hashCode(s.sample())).append('/').append(s.sampleSize()).append('\n');
        return b.toString();
    }

    static String values(String what, ValueCounts v, StringBuilder b) {
        b.append("  ").append(what).append(": total=").append(v.total()).append(" complete=").append(v.complete())
                .append(" distinct=").append(v.distinct()).append(" size=").append(v.size()).append('\n');
        for (Map.Entry<Object, ValueCounts.Entry> e : v.entries().entrySet()) {
            b.append("    ").append(typed(e.getKey())).append(' ').append(e.getValue().count).append('/')
                    .append(e.getValue().error).append('@').append(e.getValue().first).append('\n');
        }
        return b.toString();
    }

    private static String typed(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + ":" + o;
    }
}
