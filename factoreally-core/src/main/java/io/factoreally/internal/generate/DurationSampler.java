package io.factoreally.internal.generate;

import io.factoreally.internal.spec.DurationHint;

/**
 * DURATION: seconds ~ normal(avg, (max-min)/6) truncated to [min, max] (redrawn, not clamped), written
 * in the hint's format: {@code HMS} {@code HH:MM:SS}, {@code D.HMS} {@code D.HH:MM:SS}, {@code D.HMS.F}
 * {@code D.HH:MM:SS.fffffff} (7 decimals, trailing zeros dropped), {@code ISO8601_Days} {@code P<n>D},
 * {@code ISO8601_Weeks} {@code P<n>W} (Part A row 7: every format round-trips). Any other format: the
 * number of seconds, as the original.
 */
final class DurationSampler implements ValueSampler {
    private static final long DAY = 86_400;
    private static final long WEEK = 604_800;

    private final String fmt;
    private final double lo;
    private final double hi;
    private final TruncatedDistribution draw;

    DurationSampler(DurationHint hint) {
        this.fmt = hint.fmt();
        this.lo = hint.min().doubleValue();
        this.hi = Math.max(lo, hint.max().doubleValue());
        double avg = hint.avg() == null ? (lo + hi) / 2 : hint.avg();
        this.draw = TruncatedDistribution.of(
                new io.factoreally.internal.spec.Distribution.Normal(avg, (hi - lo) / 6), lo, hi);
    }

    @Override
    public Object sample(Rng rng) {
        return render(hi == lo ? lo : draw.sample(rng));
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    /** {@code s} seconds written in this hint's format. */
    Object render(double s) {
        switch (fmt) {
            case "HMS":
                return hms(new StringBuilder(12), (long) s).toString();
            case "D.HMS":
                return dhms((long) s).toString();
            case "D.HMS.F": {
                long whole = (long) Math.floor(s);
                return dhms(whole).append('.').append(fraction(s - whole)).toString();
            }
            case "ISO8601_Days":
                return "P" + units(s, DAY) + "D";
            case "ISO8601_Weeks":
                return "P" + units(s, WEEK) + "W";
            default:
                return s;
        }
    }

    private long units(double seconds, long unit) {
        long n = Math.round(seconds / unit);
        long min = (long) Math.ceil(lo / unit);
        long max = (long) Math.floor(hi / unit);
        return max < min ? n : Math.max(min, Math.min(max, n));
    }

    private static StringBuilder dhms(long s) {
        StringBuilder b = new StringBuilder(16).append(s / DAY).append('.');
        return hms(b, s % DAY);
    }

    private static StringBuilder hms(StringBuilder b, long s) {
        two(b, s / 3600).append(':');
        two(b, (s / 60) % 60).append(':');
        return two(b, s % 60);
    }

    private static StringBuilder two(StringBuilder b, long v) {
        return (v < 10 ? b.append('0') : b).append(v);
    }

    /** The fractional second with 7 decimals, trailing zeros removed, at least one digit. */
    static String fraction(double f) {
        long units = Math.min(9_999_999, Math.round(f * 10_000_000));
        String digits = String.format("%07d", units);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
