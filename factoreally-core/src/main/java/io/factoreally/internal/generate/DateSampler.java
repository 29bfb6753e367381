package io.factoreally.internal.generate;

import io.factoreally.internal.spec.DateHint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** DATE: a whole day uniform in [min, max], ISO {@code yyyy-MM-dd} or the hint's {@code format} pattern. */
final class DateSampler implements ValueSampler {
    private final long minDay;
    private final long maxDay;
    private final DateTimeFormatter formatter;

    DateSampler(DateHint hint) {
        this.minDay = hint.min().toEpochDay();
        this.maxDay = Math.max(minDay, hint.max().toEpochDay());
        this.formatter = hint.format() == null ? null : DateTimeFormatter.ofPattern(hint.format(), Locale.ROOT);
    }

    @Override
    public Object sample(Rng rng) {
        return render(rng.nextLong(minDay, maxDay));
    }

    /** The day {@code epochDay} written as this hint writes days. */
    String render(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return formatter == null ? d.toString() : formatter.format(d);
    }

    long minDay() {
        return minDay;
    }

    long maxDay() {
        return maxDay;
    }
}
