package io.factoreally.internal.spec;

import java.time.LocalDate;

/**
 * A calendar day, uniform in [min, max].
 *
 * @param min    earliest day
 * @param max    latest day
 * @param format our extension: a {@link java.time.format.DateTimeFormatter} pattern for dates not
 *               written as ISO {@code yyyy-MM-dd} (for example {@code MMM dd yyyy}); {@code null}
 *               means ISO. Dropped from Python-compatible output.
 */
public record DateHint(LocalDate min, LocalDate max, String format) implements ValueHint {
    public static final String TYPE = "DATE";

    @Override
    public String type() {
        return TYPE;
    }
}
