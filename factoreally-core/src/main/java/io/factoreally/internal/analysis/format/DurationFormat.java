package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.ValueHint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DURATION, as the original detects it: {@code P<n>W}, {@code P<n>D}, or
 * {@code [days.]h:mm:ss[.fraction]} (so a time of day such as {@code 10:30:00} is a duration too).
 * The clock form is {@code D.HMS.F} when some value has days and some a fraction, {@code D.HMS} when
 * some has days, else {@code HMS}; fractions without days give no hint (as in the original).
 * Unlike the original, values without days are kept under {@code D.HMS} rather than dropped.
 *
 * <p>Privacy (Part A row 23): an extreme that occurred fewer than k times is widened to the whole
 * hour (day, week for the ISO forms) around it, so no rare duration can be regenerated exactly from
 * a single-valued range.
 */
public final class DurationFormat implements StringFormat {
    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,9})W");
    private static final Pattern DAYS = Pattern.compile("P(\\d{1,9})D");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,9})\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?");

    @Override
    public String name() {
        return "duration";
    }

    @Override
    public boolean matches(String value) {
        if (!value.isEmpty() && value.charAt(0) == 'P') {
            return WEEKS.matcher(value).matches() || DAYS.matcher(value).matches();
        }
        return Chars.clock(value); // CLOCK without a regex: this runs on every new value
    }

    /** The clock pattern {@link Chars#clock} implements (tests compare the two). */
    static boolean clockByRegex(String value) {
        return CLOCK.matcher(value).matches();
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        String fmt = iso(sample, WEEKS, "ISO8601_Weeks");
        if (fmt == null) {
            fmt = iso(sample, DAYS, "ISO8601_Days");
        }
        boolean fraction = false;
        if (fmt == null) {
            boolean days = false;
            for (String v : sample.counts().keySet()) {
                Matcher m = CLOCK.matcher(v);
                if (!m.matches()) {
                    return Optional.empty();
                }
                days |= m.group(1) != null;
                fraction |= m.group(5) != null;
            }
            if (fraction && !days) {
                return Optional.empty();
            }
            fmt = days ? (fraction ? "D.HMS.F" : "D.HMS") : "HMS";
        }
        BigDecimal min = null;
        BigDecimal max = null;
        String minText = null;
        String maxText = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (String v : sample.counts().keySet()) {
            BigDecimal s = seconds(v);
            if (min == null || s.compareTo(min) < 0) {
                min = s;
                minText = v;
            }
            if (max == null || s.compareTo(max) > 0) {
                max = s;
                maxText = v;
            }
            sum = sum.add(s);
        }
        BigDecimal avg = sum.divide(BigDecimal.valueOf(sample.counts().size()), 10, RoundingMode.HALF_EVEN);
        // privacy: a rare extreme is widened to the unit around it (hour, day or week), and with fewer
        // than k distinct values the mean (which could be one of them) is rounded to that unit too
        BigDecimal unit = BigDecimal.valueOf(fmt.equals("ISO8601_Weeks") ? 604_800 : fmt.equals("ISO8601_Days") ? 86_400 : 3600);
        if (!FormatRules.frequent(sample, minText)) {
            BigDecimal floor = min.divide(unit, 0, RoundingMode.FLOOR).multiply(unit);
            min = floor.compareTo(min) == 0 ? floor.subtract(unit).max(BigDecimal.ZERO) : floor;
        }
        if (!FormatRules.frequent(sample, maxText)) {
            max = max.divide(unit, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(unit);
        }
        if (sample.counts().size() < sample.minOccurrences()) {
            avg = avg.divide(unit, 0, RoundingMode.HALF_EVEN).multiply(unit).max(min).min(max);
        }
        return Optional.of(new DurationHint(fmt, number(min, fraction), number(max, fraction),
                avg.setScale(3, RoundingMode.HALF_EVEN).doubleValue()));
    }

    private static String iso(StringSample sample, Pattern p, String fmt) {
        for (String v : sample.counts().keySet()) {
            if (!p.matcher(v).matches()) {
                return null;
            }
        }
        return fmt;
    }

    /** The duration in seconds. */
    static BigDecimal seconds(String v) {
        Matcher m = WEEKS.matcher(v);
        if (m.matches()) {
            return BigDecimal.valueOf(Long.parseLong(m.group(1)) * 604_800L);
        }
        m = DAYS.matcher(v);
        if (m.matches()) {
            return BigDecimal.valueOf(Long.parseLong(m.group(1)) * 86_400L);
        }
        m = CLOCK.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + v);
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long s = days * 86_400L + Long.parseLong(m.group(2)) * 3600L + Long.parseLong(m.group(3)) * 60L
                + Long.parseLong(m.group(4));
        BigDecimal out = BigDecimal.valueOf(s);
        if (m.group(5) != null) {
            out = out.add(new BigDecimal("0." + m.group(5)));
        }
        return out;
    }

    private static Number number(BigDecimal v, boolean fraction) {
        return fraction ? (Number) v.doubleValue() : (Number) v.longValueExact();
    }
}
