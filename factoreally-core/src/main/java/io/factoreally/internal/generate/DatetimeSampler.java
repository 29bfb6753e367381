package io.factoreally.internal.generate;

import io.factoreally.internal.spec.DatetimeFormats;
import io.factoreally.internal.spec.DatetimeHint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * DATETIME: an instant uniform (to the microsecond) in [min, max], written in min's offset: with the
 * {@code format} pattern, as epoch seconds or milliseconds digit strings, or (no format) as Python's
 * {@code isoformat()} like the original.
 */
final class DatetimeSampler implements ValueSampler {
    private final Instant min;
    private final long spanMicros;
    private final ZoneOffset offset;
    private final String format;
    private final DateTimeFormatter formatter;

    DatetimeSampler(DatetimeHint hint) {
        this.min = hint.min().toInstant();
        this.spanMicros = Math.max(0, ChronoUnit.MICROS.between(min, hint.max().toInstant()));
        this.offset = hint.min().getOffset();
        this.format = hint.format();
        this.formatter = format == null || DatetimeFormats.EPOCH_SECONDS.equals(format)
                || DatetimeFormats.EPOCH_MILLIS.equals(format) ? null : DateTimeFormatter.ofPattern(format, Locale.ROOT);
    }

    @Override
    public Object sample(Rng rng) {
        return render(rng.nextLong(0, spanMicros));
    }

    /** Whole microseconds from min to max (0 when max is not later). */
    long spanMicros() {
        return spanMicros;
    }

    /** The instant {@code micros} after min, written as this hint writes instants. */
    String render(long micros) {
        Instant t = min.plus(micros, ChronoUnit.MICROS);
        if (DatetimeFormats.EPOCH_SECONDS.equals(format)) {
            return Long.toString(t.getEpochSecond());
        }
        if (DatetimeFormats.EPOCH_MILLIS.equals(format)) {
            return Long.toString(t.toEpochMilli());
        }
        OffsetDateTime odt = t.atOffset(offset);
        return formatter == null ? DatetimeFormats.pythonIsoformat(odt) : formatter.format(odt);
    }
}
