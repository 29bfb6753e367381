package io.factoreally.internal.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Occurrence counts of distinct values with bounded memory: exact while a path has at most
 * {@code 2 * capacity} distinct values, then a heavy-hitters summary (Space-Saving with batch
 * eviction): at a chunk boundary ({@link #chunkDone}) a table of {@code 2 * capacity} or more entries
 * keeps the {@code capacity} most frequent ones and remembers the largest evicted count as
 * {@code floor}. A value admitted later starts at {@code floor + 1} with error {@code floor}, so
 * {@code count - error} is always a lower bound of its true count and {@code count} an upper bound.
 *
 * <p>Why eviction waits for chunk boundaries: between them the summary is linear (a count per value,
 * {@code floor} for every value not in the table), so adding a chunk's values one by one and merging a
 * fresh summary of the same chunk give the same state. Eviction is a function of the set of entries
 * (ranked by count, then first position, which is unique per value), not of their order in the table.
 * So analysing in one thread (values added straight into the total) and in many (chunk summaries
 * merged in input order) ends in the same state. Between boundaries the table may hold
 * {@code 2 * capacity} entries plus one chunk's distinct values.
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

    /**
     * Counts {@code n} occurrences seen first at position {@code first}; true when the value was not in
     * the table before.
     */
    boolean add(Object value, long n, long first) {
        total += n;
        int i = table.find(value);
        if (i >= 0) {
            table.counts[i] += n;
            if (first < table.maxFirst() && first < table.firsts[i]) { // in input order: not read at all
                table.firsts[i] = first;
            }
            return false;
        }
        table.append(value, floor + n, floor, first);
        if (!complete) {
            distinct.add(value);
        }
        return true;
    }

    /** As {@code add(Long.valueOf(value), first)}, boxing only a value not in the table before. */
    boolean addLong(long value, long first) {
        total++;
        int i = table.find(value);
        if (i >= 0) {
            table.counts[i]++;
            if (first < table.maxFirst() && first < table.firsts[i]) { // in input order: not read at all
                table.firsts[i] = first;
            }
            return false;
        }
        Long boxed = value;
        table.append(boxed, floor + 1, floor, first);
        if (!complete) {
            distinct.add(boxed);
        }
        return true;
    }

    /** As {@code add(Double.valueOf(value), first)}, boxing only a value not in the table before. */
    boolean addDouble(double value, long first) {
        total++;
        int i = table.find(value);
        if (i >= 0) {
            table.counts[i]++;
            if (first < table.maxFirst() && first < table.firsts[i]) { // in input order: not read at all
                table.firsts[i] = first;
            }
            return false;
        }
        Double boxed = value;
        table.append(boxed, floor + 1, floor, first);
        if (!complete) {
            distinct.add(boxed);
        }
        return true;
    }

    /**
     * Counts one occurrence of the string {@code chars[offset, offset + length)} (a parser's buffer);
     * returns the value as a new {@code String} when it was not in the table before, else null (then no
     * string is made). Same counts as {@code add(new String(...), first)}.
     */
    String add(char[] chars, int offset, int length, long first) {
        total++;
        int i = table.find(chars, offset, length);
        if (i >= 0) {
            lastString = i;
            table.counts[i]++;
            if (first < table.maxFirst() && first < table.firsts[i]) { // in input order: not read at all
                table.firsts[i] = first;
            }
            return null;
        }
        String value = new String(chars, offset, length);
        lastString = table.append(value, floor + 1, floor, first);
        if (!complete) {
            distinct.addString(table.lastStringHash(), length);
        }
        return value;
    }

    /** Position of the string last counted by {@link #add(char[], int, int, long)}. */
    private int lastString = -1;

    /**
     * The string last counted by {@link #add(char[], int, int, long)}, as the table holds it (read before
     * anything else is added): a reader that keeps the value too needs no copy of its own.
     */
    String lastString() {
        return (String) table.key(lastString);
    }

    /** The chunk-boundary step: evicts when the table has reached {@code 2 * capacity} entries. */
    void chunkDone() {
        if (table.size() >= 2 * capacity) {
            prune();
        }
    }

    /** Keeps the {@code capacity} most frequent values (highest count, then first seen), in table order. */
    private void prune() {
        if (complete) {
            // from now on the table forgets values: start estimating with every value seen so far
            addKeysToDistinct(table);
        }
        int n = table.size();
        int[] ranked = new int[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = i;
        }
        TopK.select(ranked, capacity, table.counts, table.firsts);
        boolean[] keep = new boolean[n];
        long[] counts = table.counts;
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

    /**
     * Adds another summary into this one: counts add up per value, a value missing on one side counts
     * as that side's {@code floor}. No eviction (see {@link #chunkDone}).
     */
    void merge(ValueCounts other) {
        total += other.total;
        if (!other.complete) {
            if (complete) {
                addKeysToDistinct(table);
            }
            distinct.merge(other.distinct);
            complete = false;
        }
        CountTable o = other.table;
        if (!complete) {
            addKeysToDistinct(o);
        }
        long myFloor = floor;
        boolean[] seen = other.floor > 0 ? new boolean[table.size() + o.size()] : null;
        for (int i = 0; i < o.size(); i++) {
            Object key = o.key(i);
            int j = table.find(key, o.hashCode(i));
            if (j >= 0) {
                table.counts[j] += o.counts[i];
                table.errors[j] += o.errors[i];
                table.firsts[j] = Math.min(table.firsts[j], o.firsts[i]);
            } else {
                j = table.append(key, myFloor + o.counts[i], myFloor + o.errors[i], o.firsts[i]);
            }
            if (seen != null) {
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
        floor = myFloor + other.floor;
    }

    /** See {@link DistinctEstimator#cutoff()}. */
    long distinctCutoff() {
        return distinct.cutoff();
    }

    /** See {@link DistinctEstimator#excludeBeyond(long)}. */
    void excludeBeyond(long distinctCutoff) {
        distinct.excludeBeyond(distinctCutoff);
    }

    private void addKeysToDistinct(CountTable t) {
        for (int i = 0; i < t.size(); i++) {
            distinct.add(t.key(i), t.hashCode(i));
        }
    }

    /** Values with their counters, in first-seen order (a copy, for assembling the spec). */
    Map<Object, Entry> entries() {
        // by first position, not table order: folding map members appends values member by member
        Integer[] order = new Integer[table.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long[] firsts = table.firsts;
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : TopK.before(a, b, firsts) ? -1 : 1);
        LinkedHashMap<Object, Entry> m = new LinkedHashMap<>();
        for (int i : order) {
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
