package io.factoreally.internal.analysis;

import java.util.List;

/** Keeps, per path, the string formats that every value so far matched. */
final class Formats {
    private Formats() {
    }

    /** The mask after checking {@code value} against each format still set in {@code mask}. */
    static long narrow(List<StringFormat> formats, long mask, String value) {
        long m = mask;
        int n = Math.min(64, formats.size());
        for (int i = 0; i < n; i++) {
            long bit = 1L << i;
            if ((m & bit) != 0 && !formats.get(i).matches(value)) {
                m &= ~bit;
            }
        }
        return m;
    }
}
