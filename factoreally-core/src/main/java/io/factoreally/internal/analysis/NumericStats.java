package io.factoreally.internal.analysis;

import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.spec.SpecNumbers;

import java.util.Arrays;

/**
 * Statistics of the numbers seen at one path (values, array lengths or map key counts): count, exact
 * minimum and maximum, whether all were JSON integers, decimals needed, and a uniform sample of at
 * most {@link #SAMPLE_SIZE} values. The sample keeps the values with the smallest priorities, where a
 * value's priority is a hash of its position in the input (record index, visit order), so it is the
 * same however the input is split and merged.
 */
final class NumericStats {
    static final int SAMPLE_SIZE = 4096;
    /** Most decimals kept for float data (beyond this, values are noise of binary floating point). */
    static final int MAX_PREC = 12;

    long count;
    double sum;
    boolean integral = true;
    int prec;
    Number min;
    Number max;
    /** Positions of {@link #min} and {@link #max}: of equal numbers (1 and 1.0) the first seen is kept. */
    private long minOrder = Long.MAX_VALUE;
    private long maxOrder = Long.MAX_VALUE;
    private long[] prio = new long[8];
    private double[] vals = new double[8];
    private int size;
    /** Priorities from here up cannot be among the smallest {@link #SAMPLE_SIZE} any more. */
    private long threshold = Long.MAX_VALUE;

    void addLong(long v, long order) {
        if (min instanceof Long lo && max instanceof Long hi) { // as add(), without boxing v or comparing Numbers
            count++;
            sum += v;
            if (v < lo || (v == lo && order < minOrder)) {
                min = v;
                minOrder = order;
            }
            if (v > hi || (v == hi && order < maxOrder)) {
                max = v;
                maxOrder = order;
            }
            offer(priority(order), v);
            return;
        }
        add(v, Long.valueOf(v), order);
    }

    /**
     * As {@code add(v, Double.valueOf(v), order)} for a finite {@code v}: without boxing unless it becomes
     * the minimum or maximum (a finite Double bound compares as a primitive, see SpecNumbers.compare).
     */
    void addDouble(double v, long order) {
        if (min instanceof Double lo && max instanceof Double hi && Double.isFinite(lo) && Double.isFinite(hi)) {
            count++;
            sum += v;
            if (v < lo || (v == lo && order < minOrder)) {
                min = v;
                minOrder = order;
            }
            if (v > hi || (v == hi && order < maxOrder)) {
                max = v;
                maxOrder = order;
            }
            offer(priority(order), v);
            return;
        }
        add(v, Double.valueOf(v), order);
    }

    void add(double v, Number exact, long order) {
        count++;
        sum += v;
        if (min == null || earlier(compare(exact, min), -1, order, minOrder)) {
            min = exact;
            minOrder = order;
        }
        if (max == null || earlier(compare(exact, max), 1, order, maxOrder)) {
            max = exact;
            maxOrder = order;
        }
        offer(priority(order), v);
    }

    void noteFloat(int decimals) {
        integral = false;
        if (decimals > prec) {
            prec = Math.min(decimals, MAX_PREC);
        }
    }

    /** Whether a candidate with comparison {@code c} replaces the bound: beyond it, or equal and seen earlier. */
    private static boolean earlier(int c, int beyond, long order, long boundOrder) {
        return c * beyond > 0 || (c == 0 && order < boundOrder);
    }

    static long priority(long order) {
        return Rng.mix(order * 0x9E3779B97F4A7C15L + 0x3C6EF372FE94F82BL);
    }

    /**
     * Keeps the value when its priority may be among the {@link #SAMPLE_SIZE} smallest. Candidates are
     * appended to a buffer of twice the sample size; a full buffer keeps its smallest half
     * ({@link #compact}) and from then on rejects larger priorities with one comparison. Amortised
     * constant work per value, also for a fresh (per chunk or per segment) summary, where a heap paid a
     * sift for each of its first {@code SAMPLE_SIZE} values.
     */
    private void offer(long p, double v) {
        if (p >= threshold) {
            return;
        }
        if (size == prio.length) {
            if (size < 2 * SAMPLE_SIZE) {
                int n = Math.min(2 * SAMPLE_SIZE, size * 2);
                prio = Arrays.copyOf(prio, n);
                vals = Arrays.copyOf(vals, n);
            } else {
                compact();
                if (p >= threshold) {
                    return;
                }
            }
        }
        prio[size] = p;
        vals[size] = v;
        size++;
    }

    /**
     * Keeps the {@link #SAMPLE_SIZE} smallest priorities (in no particular order) and rejects larger
     * ones from now on. Priorities are distinct (a bijective hash of distinct positions), so the kept
     * set is the same whatever order the values came in.
     */
    private void compact() {
        if (size <= SAMPLE_SIZE) {
            return;
        }
        int lo = 0;
        int hi = size - 1;
        int k = SAMPLE_SIZE - 1; // the k-th smallest (0-based) ends at index k, smaller ones before it
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = median(prio[lo], prio[mid], prio[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (prio[i] < pivot) {
                    i++;
                }
                while (prio[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        size = SAMPLE_SIZE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, prio[i]);
        }
        threshold = max;
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private void swap(int i, int j) {
        long p = prio[i];
        prio[i] = prio[j];
        prio[j] = p;
        double v = vals[i];
        vals[i] = vals[j];
        vals[j] = v;
    }

    /**
     * Rejects from now on the positions with a priority of at least {@code cutoff}: a total's
     * {@link #cutoff()}, whose sample already holds {@link #SAMPLE_SIZE} smaller ones. They cannot be in
     * the sample of this merged into that total (or into what it becomes: its smallest priorities only
     * get smaller), so the merged sample is the same, and a fresh tree's stats keep few values.
     */
    void excludeBeyond(long cutoff) {
        threshold = Math.min(threshold, cutoff);
    }

    /** The priority from which values cannot enter this sample any more ({@code Long.MAX_VALUE}: any can). */
    long cutoff() {
        return threshold;
    }

    void merge(NumericStats o) {
        if (o.count == 0) {
            return;
        }
        count += o.count;
        sum += o.sum;
        integral &= o.integral;
        prec = Math.max(prec, o.prec);
        if (min == null || earlier(compare(o.min, min), -1, o.minOrder, minOrder)) {
            min = o.min;
            minOrder = o.minOrder;
        }
        if (max == null || earlier(compare(o.max, max), 1, o.maxOrder, maxOrder)) {
            max = o.max;
            maxOrder = o.maxOrder;
        }
        for (int i = 0; i < o.size; i++) {
            offer(o.prio[i], o.vals[i]);
        }
    }

    /** The sample in a canonical order (by priority), so that fitting sees the same array every run. */
    double[] sample() {
        compact();
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(prio[a], prio[b]));
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = vals[idx[i]];
        }
        return out;
    }

    int sampleSize() {
        compact();
        return size;
    }

    private static int compare(Number a, Number b) {
        return SpecNumbers.compare(a, b);
    }
}
