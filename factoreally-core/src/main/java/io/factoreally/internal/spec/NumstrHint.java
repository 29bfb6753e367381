package io.factoreally.internal.spec;

/**
 * A numeric string: generated like {@link NumberHint}, then written as text.
 *
 * @param number the numeric parameters, same names as NUMBER's in the spec
 */
public record NumstrHint(NumberHint number) implements ValueHint {
    public static final String TYPE = "NUMSTR";

    @Override
    public String type() {
        return TYPE;
    }
}
