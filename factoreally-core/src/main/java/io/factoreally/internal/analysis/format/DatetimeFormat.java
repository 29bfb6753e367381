package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.DatetimeFormats;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.ValueHint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATETIME: the original's seven formats (ISO with Z or offset, with or without fraction; 10- and
 * 13-digit epoch strings; {@code YYYY-MM-DD HH:MM:SS}; {@code MM/DD/YYYY HH:MM:SS}) and, ours (Part A
 * row 8), the exact way the input writes them: Z vs {@code +00:00} vs {@code +0000}, the number of
 * fraction digits, {@code T}, {@code t} or space, naive local time, minutes without seconds. The
 * format goes into {@link DatetimeHint#format()} as a {@link DateTimeFormatter} pattern (or
 * {@code epoch_seconds}/{@code epoch_millis}); when values are written in several ways, the most
 * common one is kept.
 *
 * <p>Privacy (Part A row 23): a bound that occurred fewer than k times is widened to the whole hour
 * around it (and by one more hour if it was exactly on the hour).
 */
public final class DatetimeFormat implements StringFormat {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})([Tt ])(\\d{2}):(\\d{2})(?::(\\d{2})(?:([.,])(\\d{1,9}))?)?"
                    + "(Z|z|[+-]\\d{2}:\\d{2}|[+-]\\d{4}|[+-]\\d{2})?");
    private static final Pattern US = Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern EPOCH_S = Pattern.compile("\\d{10}");
    private static final Pattern EPOCH_MS = Pattern.compile("\\d{13}");
    private static final String US_PATTERN = "MM/dd/uuuu HH:mm:ss";

    @Override
    public String name() {
        return "datetime";
    }

    @Override
    public boolean matches(String value) {
        int n = value.length();
        if (n == 10 || n == 13) {
            return EPOCH_S.matcher(value).matches() || EPOCH_MS.matcher(value).matches();
        }
        if (n < 16 || n > 40 || !Chars.digit(value.charAt(0)) || !Chars.digit(value.charAt(1))) {
            return false;
        }
        char c2 = value.charAt(2);
        char c4 = value.charAt(4);
        if (c4 == '-') {
            return Chars.isoDatetime(value); // ISO without a regex: this runs on every new value
        }
        return c2 == '/' && US.matcher(value).matches();
    }

    /** The ISO pattern {@link Chars#isoDatetime} implements (tests compare the two). */
    static boolean isoByRegex(String value) {
        return ISO.matcher(value).matches();
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample)) {
            return Optional.empty();
        }
        // the most common way of writing (weighted by occurrences), ties to the first seen
        Map<String, Long> shapes = new LinkedHashMap<>();
        sample.counts().forEach((v, c) -> {
            String s = shape(v);
            if (s != null) {
                shapes.merge(s, c, Long::sum);
            }
        });
        String format = null;
        long best = 0;
        for (Map.Entry<String, Long> e : shapes.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                format = e.getKey();
            }
        }
        if (format == null) {
            return Optional.empty();
        }
        OffsetDateTime min = null;
        OffsetDateTime max = null;
        String minText = null;
        String maxText = null;
        for (String v : sample.counts().keySet()) {
            OffsetDateTime t = parse(v);
            if (t == null) {
                continue; // matches the syntax but is no real date-time (month 13): skipped, as the original does
            }
            if (min == null || t.toInstant().isBefore(min.toInstant())) {
                min = t;
                minText = v;
            }
            if (max == null || t.toInstant().isAfter(max.toInstant())) {
                max = t;
                maxText = v;
            }
        }
        if (min == null) {
            return Optional.empty();
        }
        if (!FormatRules.frequent(sample, minText)) {
            OffsetDateTime floor = min.truncatedTo(ChronoUnit.HOURS);
            min = floor.equals(min) ? floor.minusHours(1) : floor;
        }
        if (!FormatRules.frequent(sample, maxText)) {
            OffsetDateTime floor = max.truncatedTo(ChronoUnit.HOURS);
            max = floor.plusHours(1);
        }
        return Optional.of(new DatetimeHint(min, max, format));
    }

    /**
     * The format of one value: a {@link DateTimeFormatter} pattern or an epoch token; null if the
     * value is not a datetime this format knows.
     */
    static String shape(String v) {
        if (EPOCH_S.matcher(v).matches()) {
            return DatetimeFormats.EPOCH_SECONDS;
        }
        if (EPOCH_MS.matcher(v).matches()) {
            return DatetimeFormats.EPOCH_MILLIS;
        }
        if (US.matcher(v).matches()) {
            return US_PATTERN;
        }
        Matcher m = ISO.matcher(v);
        if (!m.matches()) {
            return null;
        }
        StringBuilder p = new StringBuilder("uuuu-MM-dd");
        String sep = m.group(4);
        p.append(sep.equals(" ") ? " " : "'" + sep + "'");
        p.append("HH:mm");
        if (m.group(7) != null) {
            p.append(":ss");
            if (m.group(9) != null) {
                p.append(m.group(8)).append("S".repeat(m.group(9).length()));
            }
        }
        String off = m.group(10);
        if (off == null) {
            return p.toString();
        }
        if (off.equals("Z")) {
            p.append("XXX");
        } else if (off.equals("z")) {
            p.append("'z'");
        } else if (off.length() == 6) {
            p.append("xxx");
        } else if (off.length() == 5) {
            p.append("xx");
        } else {
            p.append("x");
        }
        return p.toString();
    }

    /** The instant a value stands for (naive values taken as UTC), or null if it is not a real one. */
    static OffsetDateTime parse(String v) {
        try {
            if (EPOCH_S.matcher(v).matches()) {
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(v)), ZoneOffset.UTC);
            }
            if (EPOCH_MS.matcher(v).matches()) {
                return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(v)), ZoneOffset.UTC);
            }
            if (US.matcher(v).matches()) {
                return OffsetDateTime.of(num(v, 6, 10), num(v, 0, 2), num(v, 3, 5), num(v, 11, 13), num(v, 14, 16),
                        num(v, 17, 19), 0, ZoneOffset.UTC);
            }
            Matcher m = ISO.matcher(v);
            if (!m.matches()) {
                return null;
            }
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            int nanos = 0;
            if (m.group(9) != null) {
                String f = m.group(9);
                nanos = Integer.parseInt(f) * (int) Math.pow(10, 9 - f.length());
            }
            return OffsetDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), second,
                    nanos, offset(m.group(10)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // month 13, hour 25, offset beyond 18 hours ...
        }
    }

    private static int num(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }

    private static ZoneOffset offset(String off) {
        if (off == null || off.equals("Z") || off.equals("z")) {
            return ZoneOffset.UTC;
        }
        int sign = off.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(off, 1, 3, 10);
        int minutes = off.length() == 3 ? 0 : Integer.parseInt(off, off.length() - 2, off.length(), 10);
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
