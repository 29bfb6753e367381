package io.factoreally.internal.spec;

/** Marks a path as an array; the {@link NumberHint} after it gives the length distribution. */
public record ArrayHint() implements Hint {
    public static final String TYPE = "ARRAY";

    @Override
    public String type() {
        return TYPE;
    }
}
