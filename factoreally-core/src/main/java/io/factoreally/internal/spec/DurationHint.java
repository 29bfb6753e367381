package io.factoreally.internal.spec;

/**
 * A duration in seconds ~ normal(avg, (max-min)/6) inside [min, max], written in {@code fmt}.
 *
 * @param fmt one of {@code HMS}, {@code D.HMS}, {@code D.HMS.F}, {@code ISO8601_Days},
 *            {@code ISO8601_Weeks}; any other value yields the number of seconds
 * @param min shortest, seconds (JSON int or float preserved)
 * @param max longest, seconds
 * @param avg mean of the observed distinct durations, seconds; {@code null} means the midpoint
 */
public record DurationHint(String fmt, Number min, Number max, Double avg) implements ValueHint {
    public static final String TYPE = "DURATION";

    @Override
    public String type() {
        return TYPE;
    }
}
