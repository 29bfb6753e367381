package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringSample;

import java.util.Map;

/**
 * Rules every string format applies the same way, so that the first matching format decides
 * consistently.
 */
final class FormatRules {
    private FormatRules() {
    }

    /**
     * Whether the values are better kept as CHOICE/CONST than described by a format: every distinct
     * value is known and occurred at least k times, so storing them verbatim is allowed (Part A row 23)
     * and keeps their real frequencies. A single frequent value thus stays CONST (Part A row 12)
     * instead of becoming a random UUID, version or date. Formats then return no hint, and the
     * pipeline falls back to CHOICE/CONST.
     */
    static boolean prefersChoice(StringSample sample) {
        if (!sample.complete() || sample.counts().isEmpty()) {
            return false;
        }
        for (long c : sample.counts().values()) {
            if (c < sample.minOccurrences()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code value} may be stored verbatim: it occurred at least k times. */
    static boolean frequent(StringSample sample, String value) {
        Long c = sample.counts().get(value);
        return c != null && c >= sample.minOccurrences();
    }

    /** Whether {@code value} occurred, but fewer than k times (so it must not be stored). */
    static boolean rare(StringSample sample, String value) {
        Long c = sample.counts().get(value);
        return c != null && c > 0 && c < sample.minOccurrences();
    }

    /** Count of a value in the sample (0 if absent). */
    static long count(Map<String, Long> counts, String value) {
        Long c = counts.get(value);
        return c == null ? 0 : c;
    }
}
