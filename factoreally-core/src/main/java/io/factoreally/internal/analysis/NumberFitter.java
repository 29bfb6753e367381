package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.NumberHint;

/**
 * Fits a NUMBER hint to observed numeric values: the original's candidate distributions (normal,
 * uniform, gamma, lognormal, exponential, beta, Weibull; MLE fit, one-sample KS test, rejected when
 * p &lt; 0.05, lowest KS statistic wins), with our bounds: the observed range, not the IQR fences.
 */
public final class NumberFitter {
    private NumberFitter() {
    }

    /**
     * @param sample      the values to fit (a seeded reservoir sample of all occurrences, repeats kept)
     * @param integral    whether every observed value was a JSON integer
     * @param observedMin exact smallest observed value (Long/BigInteger for integers, Double otherwise)
     * @param observedMax exact largest observed value
     * @param prec        decimals for float data (null for integral data)
     */
    public static NumberHint fit(double[] sample, boolean integral, Number observedMin, Number observedMax,
                                 Integer prec) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
