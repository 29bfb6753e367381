package io.factoreally.internal.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * What a fresh segment tree may leave out because the total can no longer take it, as an immutable
 * snapshot of the total's tree (so a worker reads it while the total changes): per path, the priority
 * from which number samples reject positions ({@link NumericStats#excludeBeyond}) and the hash from
 * which distinct-value estimators reject values ({@link DistinctEstimator#excludeBeyond}). Both only
 * fall as the total grows, so a snapshot taken at any time before the segment is folded is safe: the
 * merged state is the same, the segment tree keeps less.
 */
final class SegmentGuide {
    private final long keyCounts;
    private final long lengths;
    private final long numbers;
    private final long values;
    private final long keys;
    private final Map<String, SegmentGuide> members;
    private final SegmentGuide element;
    private final SegmentGuide mapValue;

    private SegmentGuide(PathNode n) {
        keyCounts = n.keyCounts.cutoff();
        lengths = n.lengths.cutoff();
        numbers = n.numbers.cutoff();
        values = n.values.distinctCutoff();
        keys = n.keys.distinctCutoff();
        Map<String, SegmentGuide> m = new HashMap<>();
        n.members.forEach((name, c) -> m.put(name, new SegmentGuide(c)));
        members = m;
        element = n.element == null ? null : new SegmentGuide(n.element);
        mapValue = n.mapValue == null ? null : new SegmentGuide(n.mapValue);
    }

    /** A snapshot of {@code total} (on the thread that owns it). */
    static SegmentGuide of(PathNode total) {
        return new SegmentGuide(total);
    }

    SegmentGuide member(String name) {
        return members.get(name);
    }

    SegmentGuide element() {
        return element;
    }

    SegmentGuide mapValue() {
        return mapValue;
    }

    /** Applies the cutoffs to a fresh node's statistics. */
    void apply(PathNode n) {
        n.keyCounts.excludeBeyond(keyCounts);
        n.lengths.excludeBeyond(lengths);
        n.numbers.excludeBeyond(numbers);
        n.values.excludeBeyond(values);
        n.keys.excludeBeyond(keys);
    }
}
