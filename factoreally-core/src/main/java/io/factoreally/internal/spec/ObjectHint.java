package io.factoreally.internal.spec;

/** Marks a path as a dynamic map; the {@link NumberHint} after it gives the key count and an optional value hint after that gives the key format. */
public record ObjectHint() implements Hint {
    public static final String TYPE = "OBJECT";

    @Override
    public String type() {
        return TYPE;
    }
}
