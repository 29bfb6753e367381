package io.factoreally.internal.spec;

/**
 * The field is absent in {@code pct} percent of the occurrences of its parent that are present and
 * not null.
 *
 * @param pct percentage in [0, 100], conditional on the parent
 */
public record MissingHint(double pct) implements Hint {
    public static final String TYPE = "MISSING";

    @Override
    public String type() {
        return TYPE;
    }
}
