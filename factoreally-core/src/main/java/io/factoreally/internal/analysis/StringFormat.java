package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.ValueHint;

import java.util.Optional;

/**
 * One string format: detection, learning and (through the hint it produces) generation.
 *
 * <p>Detection is streaming: {@link #matches} runs on every value of a path while the input is read,
 * and a path keeps only the formats that matched all its values so far. At the end, the first
 * format (in {@link StringFormats#all()} order) that still matches and whose {@link #learn} returns
 * a hint wins.
 */
public interface StringFormat {

    /** A short name for summaries and tests, e.g. {@code "email"}. */
    String name();

    /** Whether a single value has this format. Cheap: runs on every value. */
    boolean matches(String value);

    /**
     * Identifies the test {@link #matches} runs: formats that return the same object run the same test,
     * so a value is checked once for all of them (UUID and UUID4 share one).
     */
    default Object matcher() {
        return this;
    }

    /**
     * Whether {@link #matches} accepts every string, so that analysis need not run it on every value
     * (the format decides in {@link #learn} alone).
     */
    default boolean matchesAnyString() {
        return false;
    }

    /**
     * Learns the hint from a sample of the path's values, all of which matched. Empty when the
     * sample does not support the format (too few distinct values, say). Must respect the privacy
     * rule: no value stored verbatim unless its count in the sample is at least
     * {@code sample.minOccurrences()}.
     */
    Optional<ValueHint> learn(StringSample sample);
}
