package io.factoreally.internal.spec;

import java.time.OffsetDateTime;

/**
 * An instant uniform in [min, max].
 *
 * @param min    earliest instant, with the offset it was written with
 * @param max    latest instant
 * @param format our extension (spec-format.md Part A row 8): how values are written: a
 *               {@link java.time.format.DateTimeFormatter} pattern (applied in min's offset), or
 *               {@code epoch_seconds} / {@code epoch_millis} for digit strings; {@code null} means
 *               the original's Python {@code isoformat()} in min's offset. Dropped from Python-compatible output.
 */
public record DatetimeHint(OffsetDateTime min, OffsetDateTime max, String format) implements ValueHint {
    public static final String TYPE = "DATETIME";

    @Override
    public String type() {
        return TYPE;
    }
}
