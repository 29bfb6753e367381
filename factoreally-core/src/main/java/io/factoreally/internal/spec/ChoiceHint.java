package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A weighted pick among JSON scalars (or any JSON value in hand-written specs).
 *
 * @param choices the values, kept as JSON so that int vs float and big numbers survive a round trip
 * @param weights relative weights, same length as {@code choices}; {@code null} means uniform
 */
public record ChoiceHint(List<JsonNode> choices, List<Double> weights) implements ValueHint {
    public static final String TYPE = "CHOICE";

    public ChoiceHint {
        choices = List.copyOf(choices);
        weights = weights == null ? null : List.copyOf(weights);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
