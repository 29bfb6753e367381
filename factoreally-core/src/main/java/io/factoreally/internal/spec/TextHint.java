package io.factoreally.internal.spec;

/**
 * Free text with a length (in code points) in [min, max].
 *
 * @param min shortest length
 * @param max longest length
 */
public record TextHint(Number min, Number max) implements ValueHint {
    public static final String TYPE = "TEXT";

    @Override
    public String type() {
        return TYPE;
    }
}
