package io.factoreally;

import java.util.Map;

/**
 * An ordered set of overrides by field path. (API contract; implementation in progress.)
 *
 * <p>Paths: {@code a.b.c} nested; {@code items[0].name} or {@code items.0.name} one element;
 * {@code items.name} every element. Values: a static value, a {@link java.util.function.Supplier},
 * a {@link ValueFunction} or a {@link RecordFunction}.
 */
public final class Overrides {

    private Overrides() {
    }

    /** A function of the generated value at the path. */
    @FunctionalInterface
    public interface ValueFunction<T> {
        Object apply(T value);
    }

    /** A function of the generated value at the path and the whole record. */
    @FunctionalInterface
    public interface RecordFunction<T> {
        Object apply(T value, Map<String, Object> record);
    }

    /** No overrides. */
    public static Overrides none() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** One override. */
    public static Overrides of(String path, Object value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** This plus one more (a later override of the same path wins). */
    public Overrides and(String path, Object value) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Parses annotation-style overrides {@code "path=value"}: the value is a JSON literal when it
     * parses as one ({@code 42}, {@code true}, {@code null}, {@code ["a"]}), else a string.
     */
    public static Overrides parse(String... assignments) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
