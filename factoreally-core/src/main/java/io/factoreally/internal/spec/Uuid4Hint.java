package io.factoreally.internal.spec;

/** A random version-4 UUID in lowercase. */
public record Uuid4Hint() implements ValueHint {
    public static final String TYPE = "UUID4";

    @Override
    public String type() {
        return TYPE;
    }
}
