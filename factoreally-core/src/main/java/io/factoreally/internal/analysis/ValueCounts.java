package io.factoreally.internal.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /** One distinct value's counters (a snapshot: see {@link #entries()}). */
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
    private final CountTable table = new CountTable();
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
        int i = table.find(value);
        if (i >= 0) {
            table.counts[i] += n;
            if (first < table.firsts[i]) {
                table.firsts[i] = first;
            }
            return false;
        }
        table.append(value, floor + n, floor, first);
        if (!complete) {
            distinct.add(value);
        }
        if (table.size() >= 2 * capacity) {
            prune();
        }
        return true;
    }

    /** Keeps the {@code capacity} most frequent values (by {@link #ORDER}), in first-seen order. */
    private void prune() {
        if (complete) {
            // from now on the table forgets values: start estimating with every value seen so far
            for (int i = 0; i < table.size(); i++) {
                distinct.add(table.key(i));
            }
        }
        int n = table.size();
        Integer[] ranked = new Integer[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = i;
        }
        long[] counts = table.counts;
        long[] firsts = table.firsts;
        // highest count first, then first seen first, then table order (as a stable sort of the table)
        Arrays.sort(ranked, (a, b) -> {
            int c = Long.compare(counts[b], counts[a]);
            if (c == 0) {
                c = Long.compare(firsts[a], firsts[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        boolean[] keep = new boolean[n];
        for (int r = 0; r < n; r++) {
            int i = ranked[r];
            if (r < capacity) {
                keep[i] = true;
            } else if (counts[i] > floor) {
                floor = counts[i];
            }
        }
        table.retain(keep);
        complete = false;
    }

    /** Adds another summary into this one. */
    void merge(ValueCounts other) {
        total += other.total;
        if (!other.complete) {
            if (complete) {
                for (int i = 0; i < table.size(); i++) {
                    distinct.add(table.key(i));
                }
            }
            distinct.merge(other.distinct);
            complete = false;
        }
        CountTable o = other.table;
        if (!complete) {
            for (int i = 0; i < o.size(); i++) {
                distinct.add(o.key(i));
            }
        }
        long myFloor = floor;
        long skippedFloor = 0;
        boolean approximate = !complete;
        boolean[] seen = other.floor > 0 ? new boolean[table.size() + o.size()] : null;
        for (int i = 0; i < o.size(); i++) {
            Object key = o.key(i);
            long count = o.counts[i];
            int j = table.find(key);
            if (j >= 0) {
                table.counts[j] += count;
                table.errors[j] += o.errors[i];
                table.firsts[j] = Math.min(table.firsts[j], o.firsts[i]);
            } else if (approximate && count == 1 && (DistinctEstimator.hash(key) & 7) != 0) {
                // Once the table is approximate, most values seen once in a chunk would only be evicted at
                // the next prune: admit one in eight (by hash, so deterministically) and account for the
                // rest in the floor exactly as their eviction would.
                skippedFloor = Math.max(skippedFloor, myFloor + count);
            } else {
                j = table.append(key, myFloor + count, myFloor + o.errors[i], o.firsts[i]);
            }
            if (seen != null && j >= 0) {
                seen[j] = true;
            }
        }
        if (other.floor > 0) {
            for (int j = 0; j < table.size(); j++) {
                if (!seen[j]) {
                    table.counts[j] += other.floor;
                    table.errors[j] += other.floor;
                }
            }
        }
        floor = Math.max(myFloor + other.floor, skippedFloor);
        if (table.size() >= 2 * capacity) {
            prune();
        }
    }

    /** Values with their counters, in first-seen order (a copy, for assembling the spec). */
    Map<Object, Entry> entries() {
        LinkedHashMap<Object, Entry> m = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            m.put(table.key(i), new Entry(table.counts[i], table.errors[i], table.firsts[i]));
        }
        return m;
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
        return complete ? table.size() : Math.max(table.size(), distinct.estimate());
    }

    int size() {
        return table.size();
    }
}
