package io.factoreally.internal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Occurrence counts of distinct values with bounded memory: exact while a path has at most
 * {@code 2 * capacity} distinct values, then a heavy-hitters summary (Space-Saving with batch
 * eviction): when the table reaches {@code 2 * capacity} entries it keeps the {@code capacity} most
 * frequent ones and remembers the largest evicted count as {@code floor}. A value admitted later
 * starts at {@code floor + 1} with error {@code floor}, so {@code count - error} is always a lower
 * bound of its true count and {@code count} an upper bound. Mergeable; the result depends only on
 * the order of the additions and merges, which analysis fixes (chunks folded in input order).
 */
final class ValueCounts {
    static final int DEFAULT_CAPACITY = 2048;

    /** One distinct value's counters. */
    static final class Entry {
        long count;
        long error;
        long first;

        Entry(long count, long error, long first) {
            this.count = count;
            this.error = error;
            this.first = first;
        }

        long lowerBound() {
            return count - error;
        }
    }

    private final int capacity;
    private LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    private long floor;
    private boolean complete = true;
    private long total;
    private final DistinctEstimator distinct = new DistinctEstimator();

    ValueCounts() {
        this(DEFAULT_CAPACITY);
    }

    ValueCounts(int capacity) {
        this.capacity = capacity;
    }

    /** Counts one occurrence; true when the value was not in the table before. */
    boolean add(Object value, long first) {
        return add(value, 1, first);
    }

    /** Counts {@code n} occurrences; true when the value was not in the table before. */
    boolean add(Object value, long n, long first) {
        total += n;
        Entry e = map.get(value);
        if (e != null) {
            e.count += n;
            if (first < e.first) {
                e.first = first;
            }
            return false;
        }
        map.put(value, new Entry(floor + n, floor, first));
        if (!complete) {
            distinct.add(value);
        }
        if (map.size() >= 2 * capacity) {
            prune();
        }
        return true;
    }

    private void prune() {
        if (complete) {
            // from now on the table forgets values: start estimating with every value seen so far
            for (Object v : map.keySet()) {
                distinct.add(v);
            }
        }
        List<Map.Entry<Object, Entry>> all = new ArrayList<>(map.entrySet());
        all.sort(ORDER);
        LinkedHashMap<Object, Entry> kept = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Map.Entry<Object, Entry> e = all.get(i);
            if (i < capacity) {
                kept.put(e.getKey(), e.getValue());
            } else if (e.getValue().count > floor) {
                floor = e.getValue().count;
            }
        }
        // keep first-seen order among the survivors
        LinkedHashMap<Object, Entry> ordered = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (kept.containsKey(k)) {
                ordered.put(k, v);
            }
        });
        map = ordered;
        complete = false;
    }

    /** Highest count first, then first seen first. */
    static final Comparator<Map.Entry<Object, Entry>> ORDER = (a, b) -> {
        int c = Long.compare(b.getValue().count, a.getValue().count);
        return c != 0 ? c : Long.compare(a.getValue().first, b.getValue().first);
    };

    /** Adds another summary into this one. */
    void merge(ValueCounts other) {
        total += other.total;
        if (!other.complete) {
            if (complete) {
                for (Object v : map.keySet()) {
                    distinct.add(v);
                }
            }
            distinct.merge(other.distinct);
            complete = false;
        }
        if (!complete) {
            for (Object v : other.map.keySet()) {
                distinct.add(v);
            }
        }
        long myFloor = floor;
        long skippedFloor = 0;
        boolean approximate = !complete;
        HashMap<Object, Boolean> seen = other.floor > 0 ? new HashMap<>() : null;
        for (Map.Entry<Object, Entry> oe : other.map.entrySet()) {
            Entry o = oe.getValue();
            Entry e = map.get(oe.getKey());
            if (e != null) {
                e.count += o.count;
                e.error += o.error;
                e.first = Math.min(e.first, o.first);
            } else if (approximate && o.count == 1 && (DistinctEstimator.hash(oe.getKey()) & 7) != 0) {
                // Once the table is approximate, most values seen once in a chunk would only be evicted at
                // the next prune: admit one in eight (by hash, so deterministically) and account for the
                // rest in the floor exactly as their eviction would.
                skippedFloor = Math.max(skippedFloor, myFloor + o.count);
            } else {
                map.put(oe.getKey(), new Entry(myFloor + o.count, myFloor + o.error, o.first));
            }
            if (seen != null) {
                seen.put(oe.getKey(), Boolean.TRUE);
            }
        }
        if (other.floor > 0) {
            for (Map.Entry<Object, Entry> e : map.entrySet()) {
                if (!seen.containsKey(e.getKey())) {
                    e.getValue().count += other.floor;
                    e.getValue().error += other.floor;
                }
            }
        }
        floor = Math.max(myFloor + other.floor, skippedFloor);
        if (map.size() >= 2 * capacity) {
            prune();
        }
    }

    /** Values with their counters, in first-seen order. */
    Map<Object, Entry> entries() {
        return map;
    }

    /** Whether every distinct value is in the table with its exact count. */
    boolean complete() {
        return complete;
    }

    /** All occurrences counted. */
    long total() {
        return total;
    }

    /** Number of distinct values: exact while complete, else an estimate. */
    long distinct() {
        return complete ? map.size() : Math.max(map.size(), distinct.estimate());
    }

    int size() {
        return map.size();
    }
}
