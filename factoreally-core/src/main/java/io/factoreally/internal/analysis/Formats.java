package io.factoreally.internal.analysis;

import java.util.List;

/**
 * Keeps, per path, the string formats that every value so far matched. An instance runs the same
 * narrowing for one list of formats, having looked up once what does not change per value: each format's
 * matcher, and which formats accept any string (never run).
 */
final class Formats {
    private final StringFormat[] formats;
    private final Object[] matchers;
    /** Bits of the formats that are checked: within the first 64, not accepting any string. */
    private final long checked;

    private Formats(List<StringFormat> list) {
        int n = Math.min(64, list.size());
        formats = list.subList(0, n).toArray(new StringFormat[0]);
        matchers = new Object[n];
        long c = 0;
        for (int i = 0; i < n; i++) {
            matchers[i] = formats[i].matcher();
            if (!formats[i].matchesAnyString()) {
                c |= 1L << i;
            }
        }
        checked = c;
    }

    /** The narrowing for {@code formats} (in precedence order). */
    static Formats of(List<StringFormat> formats) {
        return new Formats(formats);
    }

    /**
     * As {@link #narrow(List, long, String)} for this instance's formats: the same mask (a format that
     * accepts any string keeps its bit, and formats with one matcher share one answer).
     */
    long narrow(long mask, String value) {
        long m = mask;
        long todo = mask & checked;
        Object lastMatcher = null;
        boolean lastResult = false;
        while (todo != 0) {
            int i = Long.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            Object matcher = matchers[i];
            boolean ok = matcher == lastMatcher ? lastResult : formats[i].matches(value);
            lastMatcher = matcher;
            lastResult = ok;
            if (!ok) {
                m &= ~(1L << i);
            }
        }
        return m;
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
