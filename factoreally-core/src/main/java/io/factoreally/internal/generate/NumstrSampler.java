package io.factoreally.internal.generate;

import io.factoreally.internal.spec.NumstrHint;

/** NUMSTR: a NUMBER value written as Python's {@code str()} would ({@code 42}, {@code 3.0}, {@code 1e-05}). */
final class NumstrSampler implements ValueSampler {
    private final NumberSampler number;

    NumstrSampler(NumstrHint hint) {
        this.number = new NumberSampler(hint.number());
    }

    @Override
    public Object sample(Rng rng) {
        return PythonNumbers.str(number.sample(rng));
    }
}
