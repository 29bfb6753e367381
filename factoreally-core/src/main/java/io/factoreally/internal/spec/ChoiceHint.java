package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A weighted pick among JSON scalars (or any JSON value in hand-written specs).
 *
 * @param choices the values, kept as JSON so that int vs float and big numbers survive a round trip
 * @param weights relative weights, same length as {@code choices}; {@code null} means uniform
 * @param other   our extension (privacy, spec-format.md Part A row 23): the relative weight of values
 *                that were too rare to store verbatim; with that share the CHOICE produces nothing and
 *                the next value hint in the chain generates the value (for a dynamic map's key hint
 *                with no next hint: a random key). {@code null} = none. Dropped from Python-compatible output.
 */
public record ChoiceHint(List<JsonNode> choices, List<Double> weights, Double other) implements ValueHint {
    public static final String TYPE = "CHOICE";

    public ChoiceHint {
        choices = List.copyOf(choices);
        weights = weights == null ? null : List.copyOf(weights);
        if (other != null && (other.isNaN() || other < 0)) {
            throw new IllegalArgumentException("other must be a non-negative weight, got " + other);
        }
    }

    /** A CHOICE of the original's kind (no withheld share). */
    public ChoiceHint(List<JsonNode> choices, List<Double> weights) {
        this(choices, weights, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
