package io.factoreally.internal.analysis;

import java.util.List;

/** Keeps, per path, the string formats that every value so far matched. */
final class Formats {
    private Formats() {
    }

    /**
     * The mask after checking {@code value} against each format still set in {@code mask}; formats with
     * the same {@link StringFormat#matcher()} as the one checked just before reuse its answer.
     */
    static long narrow(List<StringFormat> formats, long mask, String value) {
        long m = mask;
        int n = Math.min(64, formats.size());
        Object lastMatcher = null;
        boolean lastResult = false;
        for (int i = 0; i < n; i++) {
            long bit = 1L << i;
            if ((m & bit) == 0) {
                continue;
            }
            StringFormat f = formats.get(i);
            Object matcher = f.matcher();
            boolean ok = matcher == lastMatcher ? lastResult : f.matches(value);
            lastMatcher = matcher;
            lastResult = ok;
            if (!ok) {
                m &= ~bit;
            }
        }
        return m;
    }
}
