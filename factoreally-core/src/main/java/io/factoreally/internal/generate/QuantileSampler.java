package io.factoreally.internal.generate;

/**
 * A sampler that can also draw from a given uniform number, by the inverse CDF of its distribution.
 * Relations between fields use it to feed correlated uniforms (a Gaussian copula) to the fields'
 * own marginals, so each field keeps its learned shape while the pair keeps its rank correlation.
 */
public interface QuantileSampler extends ValueSampler {
    /** The value at quantile {@code u} in [0, 1) (non-decreasing in {@code u}). */
    Object at(double u);

    /**
     * The quantile of {@code value} (the inverse of {@link #at}): in [0, 1], or NaN for a value this
     * sampler cannot make (not a number, say).
     */
    double quantileOf(Object value);
}
