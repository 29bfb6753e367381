package io.factoreally.internal.spec;

/** Six uppercase hex pairs joined by {@code :}. */
public record MacHint() implements ValueHint {
    public static final String TYPE = "MAC";

    @Override
    public String type() {
        return TYPE;
    }
}
