package io.factoreally.internal.spec;

/**
 * The value is null in {@code pct} percent of the occurrences where the field is present.
 *
 * @param pct percentage in [0, 100], conditional on presence
 */
public record NullHint(double pct) implements Hint {
    public static final String TYPE = "NULL";

    @Override
    public String type() {
        return TYPE;
    }
}
