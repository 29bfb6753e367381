package io.factoreally.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Always the same value.
 *
 * @param val any JSON value, including null, arrays and objects
 */
public record ConstHint(JsonNode val) implements ValueHint {
    public static final String TYPE = "CONST";

    public ConstHint {
        val = val.deepCopy();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
