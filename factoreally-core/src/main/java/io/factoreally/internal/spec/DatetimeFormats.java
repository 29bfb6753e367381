package io.factoreally.internal.spec;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The datetime format vocabulary of DATE/DATETIME {@code format} parameters: a
 * {@link DateTimeFormatter} pattern, or {@link #EPOCH_SECONDS} / {@link #EPOCH_MILLIS}.
 */
public final class DatetimeFormats {
    /** Unix seconds written as a digit string. */
    public static final String EPOCH_SECONDS = "epoch_seconds";
    /** Unix milliseconds written as a digit string. */
    public static final String EPOCH_MILLIS = "epoch_millis";

    private DatetimeFormats() {
    }

    /** Python's {@code datetime.isoformat()}: {@code +00:00} for UTC, 6 fraction digits when non-zero. */
    public static String pythonIsoformat(OffsetDateTime t) {
        StringBuilder b = new StringBuilder(32);
        b.append(t.toLocalDate()).append('T');
        appendTwo(b, t.getHour()).append(':');
        appendTwo(b, t.getMinute()).append(':');
        appendTwo(b, t.getSecond());
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            String f = Integer.toString(micros);
            b.append('.').append("000000", 0, 6 - f.length()).append(f);
        }
        ZoneOffset off = t.getOffset();
        int total = off.getTotalSeconds();
        b.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        appendTwo(b, total / 3600).append(':');
        appendTwo(b, (total / 60) % 60);
        if (total % 60 != 0) {
            b.append(':');
            appendTwo(b, total % 60);
        }
        return b.toString();
    }

    private static StringBuilder appendTwo(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    /** Checks that {@code format} can write {@code sample} (a pattern or an epoch token). */
    static void validateDatetimePattern(HintParams p, String format, OffsetDateTime sample) {
        if (EPOCH_SECONDS.equals(format) || EPOCH_MILLIS.equals(format)) {
            return;
        }
        validatePattern(p, format, sample);
    }

    /** Checks that {@code format} can write {@code sample}. */
    static void validateDatePattern(HintParams p, String format, java.time.LocalDate sample) {
        validatePattern(p, format, sample);
    }

    private static void validatePattern(HintParams p, String format, java.time.temporal.TemporalAccessor sample) {
        try {
            DateTimeFormatter.ofPattern(format, java.util.Locale.ROOT).format(sample);
        } catch (RuntimeException e) { // the JDK throws more than IllegalArgumentException for odd patterns
            throw p.error("format", "is not a pattern that can write " + sample + " (\"" + format + "\"): "
                    + e.getMessage());
        }
    }
}
