package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * VERSION: {@code M.m.p[.b]} ({@code "Version"}) or {@code M.m} ({@code "Version_Short"}), as the
 * original detects it, except that {@code M.m} with a zero-padded minor part ({@code 3.05}) is a
 * decimal number, not a version, and is left to NUMSTR.
 *
 * <p>Privacy (Part A row 23): the original stores the first three values as examples. Generation
 * only uses each part's smallest and largest value, so ours stores two examples that carry exactly
 * those extremes; each example is either not an input value or a frequent one (at least k times).
 * When no such pair exists, no examples are stored (generation then uses its default ranges).
 */
public final class VersionFormat implements StringFormat {
    private static final Pattern FULL = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(?:\\.\\d{1,9})?");
    private static final Pattern SHORT = Pattern.compile("\\d{1,9}\\.(?:0|[1-9]\\d{0,8})");

    @Override
    public String name() {
        return "version";
    }

    @Override
    public boolean matches(String value) {
        int n = value.length();
        if (n < 3 || n > 39 || !Chars.digit(value.charAt(0)) || !Chars.digit(value.charAt(n - 1))) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '.') {
                dots++;
            } else if (!Chars.digit(c)) {
                return false;
            }
        }
        return (dots >= 2 && dots <= 3 && FULL.matcher(value).matches())
                || (dots == 1 && SHORT.matcher(value).matches());
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        boolean full = sample.counts().keySet().stream().allMatch(v -> FULL.matcher(v).matches());
        if (!full) {
            boolean shortForm = sample.counts().keySet().stream().allMatch(v -> SHORT.matcher(v).matches());
            return shortForm ? Optional.of(new VersionHint(VersionHint.SHORT, null, ranges(sample, 2)))
                    : Optional.empty();
        }
        List<VersionHint.Part> parts = ranges(sample, 3);
        long[] lo = new long[3];
        long[] hi = new long[3];
        for (int i = 0; i < 3; i++) {
            lo[i] = parts.get(i).min();
            hi[i] = parts.get(i).max();
        }
        return Optional.of(new VersionHint(VersionHint.FULL, cornerExamples(sample, lo, hi), parts));
    }

    /**
     * Each of the first {@code n} parts' smallest and largest value over the distinct values, which
     * generation keeps exactly (the original widens the examples' ranges instead). The same extremes the
     * examples carry, so no more is revealed.
     */
    private static List<VersionHint.Part> ranges(StringSample sample, int n) {
        long[] lo = new long[n];
        long[] hi = new long[n];
        java.util.Arrays.fill(lo, Long.MAX_VALUE);
        java.util.Arrays.fill(hi, Long.MIN_VALUE);
        for (String v : sample.counts().keySet()) {
            String[] parts = v.split("\\.");
            for (int i = 0; i < n; i++) {
                long p = Long.parseLong(parts[i]);
                lo[i] = Math.min(lo[i], p);
                hi[i] = Math.max(hi[i], p);
            }
        }
        List<VersionHint.Part> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new VersionHint.Part(lo[i], hi[i]));
        }
        return out;
    }

    /** Two examples that together hold every part's extremes, none of them a rare input value. */
    static List<String> cornerExamples(StringSample sample, long[] lo, long[] hi) {
        for (int mask = 0; mask < 4; mask++) { // which of major/minor/patch the first example takes the min of
            long[] a = new long[3];
            long[] b = new long[3];
            for (int i = 0; i < 3; i++) {
                boolean firstTakesMin = i == 0 || ((mask >> (i - 1)) & 1) == 0;
                a[i] = firstTakesMin ? lo[i] : hi[i];
                b[i] = firstTakesMin ? hi[i] : lo[i];
            }
            String x = a[0] + "." + a[1] + "." + a[2];
            String y = b[0] + "." + b[1] + "." + b[2];
            if (!FormatRules.rare(sample, x) && !FormatRules.rare(sample, y)) {
                List<String> out = new ArrayList<>(List.of(x));
                if (!y.equals(x)) {
                    out.add(y);
                }
                return out;
            }
        }
        return extremeExamples(sample, lo, hi);
    }

    /**
     * One example per extreme (up to six): the extreme in its part, the other parts filled with any
     * in-range number that makes the example no rare input value. Null if that is impossible.
     */
    private static List<String> extremeExamples(StringSample sample, long[] lo, long[] hi) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 3; i++) {
            for (long extreme : new long[]{lo[i], hi[i]}) {
                String found = null;
                for (int attempt = 0; attempt < 64 && found == null; attempt++) {
                    long[] e = new long[3];
                    for (int j = 0; j < 3; j++) {
                        long span = hi[j] - lo[j] + 1;
                        e[j] = j == i ? extreme : lo[j] + Math.floorMod(attempt * (j + 3L), span);
                    }
                    String s = e[0] + "." + e[1] + "." + e[2];
                    if (!FormatRules.rare(sample, s)) {
                        found = s;
                    }
                }
                if (found == null) {
                    return null;
                }
                out.add(found);
            }
        }
        return new ArrayList<>(out);
    }
}
