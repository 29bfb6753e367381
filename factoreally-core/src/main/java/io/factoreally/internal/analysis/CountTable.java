package io.factoreally.internal.analysis;

import java.util.Arrays;

/**
 * The table behind {@link ValueCounts}: distinct values with three counters each, in insertion order,
 * found by an open-addressing hash index. Parallel primitive arrays instead of a map of entry objects,
 * because analysis adds and looks up every value of every record here: no allocation per value, and
 * a lookup probes one index array holding each slot's hash next to its position, so only a matching
 * hash reads the key. A string can also be looked up from the parser's character buffer
 * ({@link #find(char[], int, int)}), so a value already counted needs no {@code String} at all.
 *
 * <p>Nothing observable depends on the hash: positions are insertion order, the index only finds them.
 * Strings hash to {@code String.hashCode} either way (computed four characters per step from a buffer),
 * so a key found from characters and the same key found as a {@code String} (folding chunk trees) agree.
 */
final class CountTable {
    private Object[] keys;
    /** Each key's {@code hashCode()} (kept so that merging and estimating need not hash a key again). */
    private int[] hashes;
    long[] counts;
    long[] errors;
    long[] firsts;
    /**
     * The largest first position ever appended: no entry's first position is larger (merges only lower
     * them), so a value counted at a later position cannot lower its entry's, and need not read it.
     */
    private long maxFirst = Long.MIN_VALUE;
    private int size;
    /**
     * Slot -> (hash << 32) | (position + 1), 0 = empty; length a power of two, at least twice the size.
     */
    private long[] index;

    CountTable() {
        this(8);
    }

    private CountTable(int capacity) {
        keys = new Object[capacity];
        hashes = new int[capacity];
        counts = new long[capacity];
        errors = new long[capacity];
        firsts = new long[capacity];
        index = new long[Integer.highestOneBit(Math.max(8, capacity) * 2 - 1) * 2];
    }

    int size() {
        return size;
    }

    /** At least every entry's first position (see the field). */
    long maxFirst() {
        return maxFirst;
    }

    Object key(int i) {
        return keys[i];
    }

    /** {@code hashCode()} of the key last passed to {@link #find} (append reuses it). */
    private int lastHash;
    /** Position of the {@code Long} key {@code v} in insertion order, or -1 (without boxing it). */
    int find(long v) {
        lastHash = Long.hashCode(v);
        int h = spread(lastHash);
        int mask = index.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = index[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int i = (int) e - 1;
                if (keys[i] instanceof Long k && k == v) {
                    return i;
                }
            }
        }
    }

    /** Position of the {@code Double} key {@code v} in insertion order, or -1 (without boxing it; as Double.equals). */
    int find(double v) {
        lastHash = Double.hashCode(v);
        int h = spread(lastHash);
        long bits = Double.doubleToLongBits(v);
        int mask = index.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = index[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int i = (int) e - 1;
                if (keys[i] instanceof Double k && Double.doubleToLongBits(k) == bits) {
                    return i;
                }
            }
        }
    }

    /**
     * Position of the string {@code chars[offset, offset + length)} in insertion order, or -1; a key that
     * is not a {@code String} never matches.
     */
    int find(char[] chars, int offset, int length) {
        lastHash = hash(chars, offset, length);
        int h = spread(lastHash);
        int mask = index.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = index[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int i = (int) e - 1;
                if (keys[i] instanceof String k && equal(k, chars, offset, length)) {
                    return i;
                }
            }
        }
    }

    /** {@code String.hashCode} of the characters last passed to {@link #find(char[], int, int)}. */
    int lastStringHash() {
        return lastHash;
    }

    /** The {@code hashCode()} of the key at position {@code i}. */
    int hashCode(int i) {
        return hashes[i];
    }

    /**
     * {@code new String(chars, offset, length).hashCode()} without the string: the same polynomial
     * (s[0]*31^(n-1) + ... + s[n-1], modulo 2^32), four characters per step, so the dependency chain is
     * one multiply-add per four characters instead of one per character.
     */
    static int hash(char[] chars, int offset, int length) {
        int h = 0;
        int i = offset;
        int end = offset + length;
        for (int stop = end - 3; i < stop; i += 4) {
            h = h * (31 * 31 * 31 * 31) + chars[i] * (31 * 31 * 31) + chars[i + 1] * (31 * 31)
                    + chars[i + 2] * 31 + chars[i + 3];
        }
        for (; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static boolean equal(String k, char[] chars, int offset, int length) {
        if (k.length() != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (k.charAt(j) != chars[offset + j]) {
                return false;
            }
        }
        return true;
    }

    /** Position of {@code key} in insertion order, or -1. */
    int find(Object key) {
        return find(key, key.hashCode());
    }

    /** As {@link #find(Object)}, given the key's {@code hashCode()}. */
    int find(Object key, int hashCode) {
        lastHash = hashCode;
        if (key instanceof String s) { // most values: String.equals inlined, no megamorphic call
            int h = spread(hashCode);
            int mask = index.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                long e = index[slot];
                if (e == 0) {
                    return -1;
                }
                if ((int) (e >>> 32) == h) {
                    int i = (int) e - 1;
                    if (keys[i] instanceof String k && k.equals(s)) {
                        return i;
                    }
                }
            }
        }
        int h = spread(hashCode);
        int mask = index.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = index[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && (keys[(int) e - 1] == key || keys[(int) e - 1].equals(key))) {
                return (int) e - 1;
            }
        }
    }

    /** Appends a key that is not in the table (the last one passed to {@link #find}); returns its position. */
    int append(Object key, long count, long error, long first) {
        if (size == keys.length) {
            grow();
        }
        int i = size++;
        keys[i] = key;
        hashes[i] = lastHash;
        counts[i] = count;
        errors[i] = error;
        firsts[i] = first;
        if (first > maxFirst) {
            maxFirst = first;
        }
        if (size * 2 > index.length) {
            reindex(index.length * 2);
        } else {
            place(i);
        }
        return i;
    }

    /** Keeps only the positions marked in {@code keep}, in their insertion order. */
    void retain(boolean[] keep) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                keys[n] = keys[i];
                hashes[n] = hashes[i];
                counts[n] = counts[i];
                errors[n] = errors[i];
                firsts[n] = firsts[i];
                n++;
            }
        }
        Arrays.fill(keys, n, size, null);
        size = n;
        reindex(index.length);
    }

    private void grow() {
        int c = keys.length * 2;
        keys = Arrays.copyOf(keys, c);
        hashes = Arrays.copyOf(hashes, c);
        counts = Arrays.copyOf(counts, c);
        errors = Arrays.copyOf(errors, c);
        firsts = Arrays.copyOf(firsts, c);
    }

    private void reindex(int length) {
        if (length == index.length) {
            Arrays.fill(index, 0L);
        } else {
            index = new long[length];
        }
        for (int i = 0; i < size; i++) {
            place(i);
        }
    }

    private void place(int i) {
        int mask = index.length - 1;
        int h = spread(hashes[i]);
        int slot = h & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = ((long) h << 32) | (i + 1);
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
