package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.NumberHint;

/** The number-fitting step, as {@link NumberFitter#fit} (an interface so tests can substitute it). */
@FunctionalInterface
public interface NumberFit {
    NumberHint fit(double[] sample, boolean integral, Number observedMin, Number observedMax, Integer prec);
}
