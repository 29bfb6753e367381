package io.factoreally.internal.analysis;

import io.factoreally.internal.generate.Rng;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.TreeSet;

/**
 * Estimates the number of distinct values in bounded memory (k minimum values: keeps the k smallest
 * 64-bit hashes). Mergeable, and independent of the order values arrive in.
 */
final class DistinctEstimator {
    private static final int K = 1024;
    private final TreeSet<Long> smallest = new TreeSet<>(Long::compareUnsigned);

    void add(Object value) {
        add(hash(value));
    }

    private void add(long h) {
        if (smallest.size() < K) {
            smallest.add(h);
        } else if (Long.compareUnsigned(h, smallest.last()) < 0 && !smallest.contains(h)) {
            smallest.add(h);
            smallest.pollLast();
        }
    }

    void merge(DistinctEstimator other) {
        for (long h : other.smallest) {
            add(h);
        }
    }

    long estimate() {
        if (smallest.size() < K) {
            return smallest.size();
        }
        double kth = Math.max(1.0, unsigned(smallest.last()));
        return Math.round((K - 1) / (kth / 0x1.0p64));
    }

    private static double unsigned(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    static long hash(Object value) {
        if (value instanceof String s) {
            return Rng.mix(s.hashCode() * 0x9E3779B97F4A7C15L + s.length());
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
