package io.factoreally.internal.analysis;

import io.factoreally.internal.generate.Rng;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Estimates the number of distinct values in bounded memory (k minimum values: keeps the k smallest
 * 64-bit hashes). Mergeable, and independent of the order values arrive in: the state is a function of
 * the set of values added.
 */
final class DistinctEstimator {
    private static final int K = 1024;
    /** The smallest hashes seen, flipped to signed order ({@code h ^ Long.MIN_VALUE}), ascending. */
    private long[] smallest = new long[16];
    private int size;
    /** Flipped hashes from here up are not kept (a total's {@link #cutoff()}: it holds K smaller ones). */
    private long excluded = Long.MAX_VALUE;

    void add(Object value) {
        add(hash(value));
    }

    /** As {@link #add(Object)}, given the value's {@code hashCode()} (a string is not hashed again). */
    void add(Object value, int hashCode) {
        add(value instanceof String s ? stringHash(hashCode, s.length()) : hash(value));
    }

    /** As {@link #add(Object)} for a string of this length and {@code String.hashCode} (already computed). */
    void addString(int stringHash, int length) {
        add(stringHash(stringHash, length));
    }

    private static long stringHash(int stringHash, int length) {
        return Rng.mix(stringHash * 0x9E3779B97F4A7C15L + length);
    }

    private void add(long h) {
        long x = h ^ Long.MIN_VALUE;
        if (x >= excluded || (size == K && x >= smallest[K - 1])) {
            return; // the common case once full: not among the k smallest
        }
        int at = java.util.Arrays.binarySearch(smallest, 0, size, x);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size < K) {
            if (size == smallest.length) {
                smallest = java.util.Arrays.copyOf(smallest, Math.min(K, size * 2));
            }
            System.arraycopy(smallest, at, smallest, at + 1, size - at);
            size++;
        } else {
            System.arraycopy(smallest, at, smallest, at + 1, K - 1 - at);
        }
        smallest[at] = x;
    }

    /**
     * The flipped hash from which values cannot enter this estimator's k smallest any more
     * ({@code Long.MAX_VALUE} while it holds fewer than k).
     */
    long cutoff() {
        return size == K ? smallest[K - 1] : Long.MAX_VALUE;
    }

    /**
     * Rejects from now on values at or beyond {@code cutoff} (another estimator's {@link #cutoff()}): they
     * cannot be among the k smallest once this is merged into that one, whose smallest only get smaller.
     */
    void excludeBeyond(long cutoff) {
        excluded = Math.min(excluded, cutoff);
    }

    void merge(DistinctEstimator other) {
        for (int i = 0; i < other.size; i++) {
            add(other.smallest[i] ^ Long.MIN_VALUE);
        }
    }

    long estimate() {
        if (size < K) {
            return size;
        }
        double kth = Math.max(1.0, unsigned(smallest[K - 1] ^ Long.MIN_VALUE));
        return Math.round((K - 1) / (kth / 0x1.0p64));
    }

    private static double unsigned(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    static long hash(Object value) {
        if (value instanceof String s) {
            return stringHash(s.hashCode(), s.length());
        }
        if (value instanceof Long l) {
            return Rng.mix(l * 0x9E3779B97F4A7C15L + 1);
        }
        if (value instanceof Double d) {
            return Rng.mix(Double.doubleToLongBits(d) ^ 0x2545F4914F6CDD1DL);
        }
        if (value instanceof Boolean b) {
            return Rng.mix(b ? 3 : 5);
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return Rng.hash("n" + value);
        }
        return Rng.hash(String.valueOf(value));
    }
}
