package io.factoreally.internal.spec;

/**
 * A number in [min, max]. Integer generation when both bounds are JSON integers and {@code prec} is
 * absent; otherwise rounded to {@code prec} decimals (absent prec with a float bound rounds to a
 * whole number written as a float, as the original does).
 *
 * @param min          lower bound: {@link Long} or {@link java.math.BigInteger} for JSON integers,
 *                     {@link Double} for JSON floats
 * @param max          upper bound, same representation
 * @param prec         decimals to round to, or {@code null}
 * @param distribution fitted shape, or {@code null} for uniform
 */
public record NumberHint(Number min, Number max, Integer prec, Distribution distribution) implements ValueHint {
    public static final String TYPE = "NUMBER";

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether both bounds were written as JSON integers. */
    public boolean integralBounds() {
        return SpecNumbers.isIntegral(min) && SpecNumbers.isIntegral(max);
    }
}
