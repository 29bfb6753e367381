package io.factoreally.internal.spec;

/**
 * Our extension: a random UUID of a given version, for data that is not lowercase version 4
 * (which stays {@link Uuid4Hint} for compatibility). Version 1 and 7 UUIDs carry a random time
 * between 2020 and 2030; the variant bits are always RFC 4122's.
 *
 * <p>Spec form: {@code {"version": 7, "upper": true}} ({@code upper} optional, default false).
 *
 * @param version 1, 4 or 7
 * @param upper   whether hex digits are written in uppercase
 */
public record UuidHint(int version, boolean upper) implements ValueHint {
    public static final String TYPE = "UUID";

    @Override
    public String type() {
        return TYPE;
    }
}
