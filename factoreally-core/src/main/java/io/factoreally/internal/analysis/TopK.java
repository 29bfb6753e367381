package io.factoreally.internal.analysis;

/**
 * Selection of the most frequent entries of a {@link CountTable} for eviction: highest count first,
 * then earliest first position, then table position. A quickselect (linear time) instead of sorting
 * the whole table, because a path of unique values evicts every other chunk.
 */
final class TopK {
    private TopK() {
    }

    /** Whether table entry {@code a} ranks before {@code b} by first position (then table position). */
    static boolean before(int a, int b, long[] firsts) {
        return firsts[a] != firsts[b] ? firsts[a] < firsts[b] : a < b;
    }

    /** Whether entry {@code a} ranks before {@code b}: higher count, then {@link #before}. */
    static boolean better(int a, int b, long[] counts, long[] firsts) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : before(a, b, firsts);
    }

    /** Reorders {@code idx} so that its first {@code k} entries are the {@code k} best (in no particular order). */
    static void select(int[] idx, int k, long[] counts, long[] firsts) {
        int lo = 0;
        int hi = idx.length - 1;
        if (k <= 0 || k >= idx.length) {
            return;
        }
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot, moved to lo
            if (better(idx[mid], idx[lo], counts, firsts)) {
                swap(idx, mid, lo);
            }
            if (better(idx[hi], idx[lo], counts, firsts)) {
                swap(idx, hi, lo);
            }
            if (better(idx[hi], idx[mid], counts, firsts)) {
                swap(idx, hi, mid);
            }
            // now idx[lo] is best, idx[mid] median, idx[hi] worst of the three
            swap(idx, lo, mid);
            int pivot = idx[lo];
            int i = lo + 1;
            int j = hi;
            while (true) {
                while (i <= j && better(idx[i], pivot, counts, firsts)) {
                    i++;
                }
                while (i <= j && better(pivot, idx[j], counts, firsts)) {
                    j--;
                }
                if (i >= j) {
                    break;
                }
                swap(idx, i++, j--);
            }
            swap(idx, lo, j); // the pivot lands at its rank j
            if (j == k) {
                return;
            }
            if (j < k) {
                lo = j + 1;
            } else {
                hi = j - 1;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
