package io.factoreally.internal.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code capacity} entries with the smallest (priority, index) seen so far, each with an optional
 * value: a max-heap in primitive arrays, so that the many comparisons of a busy sample touch no
 * objects. Values stay in the slot they were put in (the heap moves slot numbers), so adding one stores
 * one reference however far the entry moves. Not thread-safe.
 */
final class BottomK<T> {
    private final int capacity;
    private final long[] priority;
    private final long[] index;
    private final int[] slot;
    /** Values by slot. */
    private final Object[] value;
    private int size;
    /** Bits of a heap position when sorting by index (see {@link #valuesByIndex}). */
    private static final int SLOT_BITS = 20;

    BottomK(int capacity) {
        this.capacity = capacity;
        this.priority = new long[capacity];
        this.index = new long[capacity];
        this.slot = new int[capacity];
        this.value = new Object[capacity];
    }

    /** Whether an entry with this priority would be kept now (ties with the largest are not). */
    boolean wouldKeep(long p) {
        return size < capacity || capacity > 0 && p < priority[0];
    }

    /** Whether the entry (p, i), added before if it could be kept, is among those kept now. */
    boolean holds(long p, long i) {
        return capacity > 0 && (size < capacity || !greater(p, i, priority[0], index[0]));
    }

    /** Adds an entry; when full, the largest (priority, index) of the entries and it is dropped. */
    void add(long p, long i, T v) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            int s = size;
            value[s] = v;
            int at = size++;
            while (at > 0) { // sift up
                int parent = (at - 1) >>> 1;
                if (!greater(p, i, priority[parent], index[parent])) {
                    break;
                }
                set(at, priority[parent], index[parent], slot[parent]);
                at = parent;
            }
            set(at, p, i, s);
            return;
        }
        if (!greater(priority[0], index[0], p, i)) {
            return; // the new entry is the largest
        }
        int s = slot[0]; // the dropped root's slot takes the new value
        value[s] = v;
        int at = 0;
        while (true) { // sift down from the root
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && greater(priority[child + 1], index[child + 1], priority[child], index[child])) {
                child++;
            }
            if (!greater(priority[child], index[child], p, i)) {
                break;
            }
            set(at, priority[child], index[child], slot[child]);
            at = child;
        }
        set(at, p, i, s);
    }

    private void set(int at, long p, long i, int s) {
        priority[at] = p;
        index[at] = i;
        slot[at] = s;
    }

    private static boolean greater(long p1, long i1, long p2, long i2) {
        return p1 > p2 || p1 == p2 && i1 > i2;
    }

    /** The values, by ascending index. */
    @SuppressWarnings("unchecked")
    List<T> valuesByIndex() {
        // indices are unique: sorted as (index, heap position) packed in one long, a primitive sort, when they fit
        long[] packed = new long[size];
        boolean fits = size <= 1 << SLOT_BITS;
        for (int k = 0; k < size && fits; k++) {
            fits = index[k] >= 0 && index[k] < 1L << (63 - SLOT_BITS);
            packed[k] = index[k] << SLOT_BITS | k;
        }
        if (fits) {
            Arrays.sort(packed);
            List<T> out = new ArrayList<>(size);
            for (long p : packed) {
                out.add((T) value[slot[(int) (p & ((1 << SLOT_BITS) - 1))]]);
            }
            return out;
        }
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(index[a], index[b]));
        List<T> out = new ArrayList<>(size);
        for (Integer k : order) {
            out.add((T) value[slot[k]]);
        }
        return out;
    }
}
