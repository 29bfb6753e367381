package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.ValueHint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DATE: the original's {@code YYYY-MM-DD}, but only real calendar days (Part A row 10), and, ours,
 * other common ways of writing a day ({@code Jun 12 1998}, {@code 06/12/1998}, {@code 12.06.1998},
 * ...) kept in {@link DateHint#format()}. The first pattern that reads every value wins, so
 * {@code MM/dd} is preferred over {@code dd/MM} when both read everything.
 *
 * <p>Privacy (Part A row 23): a bound that occurred fewer than k times is widened to the start
 * (end) of its month, moving by at least one day.
 */
public final class DateFormat implements StringFormat {
    /** A way of writing a day: its pattern (null = ISO) and a cheap syntax check. */
    private record Way(String pattern, Pattern syntax, DateTimeFormatter formatter) {
        Way(String pattern, String regex) {
            this(pattern, Pattern.compile(regex), DateTimeFormatter.ofPattern(pattern == null ? "uuuu-MM-dd" : pattern,
                    Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
        }

        LocalDate read(String v) {
            if (!syntax.matcher(v).matches()) {
                return null;
            }
            try {
                return LocalDate.parse(v, formatter);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private static final String MON = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final List<Way> WAYS = List.of(
            new Way(null, "\\d{4}-\\d{2}-\\d{2}"),
            new Way("MMM dd uuuu", MON + " \\d{2} \\d{4}"),
            new Way("MMM d, uuuu", MON + " \\d{1,2}, \\d{4}"),
            new Way("dd MMM uuuu", "\\d{2} " + MON + " \\d{4}"),
            new Way("MM/dd/uuuu", "\\d{2}/\\d{2}/\\d{4}"),
            new Way("dd/MM/uuuu", "\\d{2}/\\d{2}/\\d{4}"),
            new Way("dd.MM.uuuu", "\\d{2}\\.\\d{2}\\.\\d{4}"),
            new Way("uuuu/MM/dd", "\\d{4}/\\d{2}/\\d{2}"));

    @Override
    public String name() {
        return "date";
    }

    @Override
    public boolean matches(String value) {
        if (value.length() < 10 || value.length() > 12) {
            return false;
        }
        if (value.length() == 10 && value.charAt(4) == '-') { // ISO, the common case: no regex, no exception
            return value.charAt(7) == '-' && Chars.digits(value, 0, 4) && Chars.digits(value, 5, 7)
                    && Chars.digits(value, 8, 10) && Chars.realDay(Chars.number(value, 0, 4),
                    Chars.number(value, 5, 7), Chars.number(value, 8, 10));
        }
        for (Way w : WAYS) {
            if (w.read(value) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        for (Way w : WAYS) {
            LocalDate min = null;
            LocalDate max = null;
            String minText = null;
            String maxText = null;
            boolean all = true;
            for (String v : sample.counts().keySet()) {
                LocalDate d = w.read(v);
                if (d == null) {
                    all = false;
                    break;
                }
                if (min == null || d.isBefore(min)) {
                    min = d;
                    minText = v;
                }
                if (max == null || d.isAfter(max)) {
                    max = d;
                    maxText = v;
                }
            }
            if (!all) {
                continue;
            }
            if (!FormatRules.frequent(sample, minText)) {
                min = min.minusDays(1).withDayOfMonth(1);
            }
            if (!FormatRules.frequent(sample, maxText)) {
                LocalDate next = max.plusDays(1);
                max = next.withDayOfMonth(next.lengthOfMonth());
            }
            return Optional.of(new DateHint(min, max, w.pattern()));
        }
        return Optional.empty();
    }
}
