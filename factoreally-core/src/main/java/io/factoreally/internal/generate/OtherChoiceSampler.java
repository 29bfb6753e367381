package io.factoreally.internal.generate;

import io.factoreally.internal.spec.ChoiceHint;

/**
 * A CHOICE with a withheld share ({@code other}, written by analysis for values too rare to store
 * verbatim): with probability other / (sum of weights + other) the value comes from the fallback hint
 * that follows the CHOICE in the chain (for a dynamic map's keys without one: a random key), else from
 * the stored choices. So the stored values keep their exact shares.
 */
final class OtherChoiceSampler implements ValueSampler {
    private final ValueSampler choice;
    private final double pOther;
    private final ValueSampler fallback;

    private OtherChoiceSampler(ValueSampler choice, double pOther, ValueSampler fallback) {
        this.choice = choice;
        this.pOther = pOther;
        this.fallback = fallback;
    }

    /** The sampler for {@code c}; a plain CHOICE when it has no withheld share or nothing to fall back to. */
    static ValueSampler of(ChoiceHint c, ValueSampler fallback) {
        ValueSampler choice = Samplers.forHint(c);
        if (c.other() == null || c.other() <= 0 || fallback == null) {
            return choice;
        }
        double stored = c.weights() == null ? 0 : c.weights().stream().mapToDouble(Double::doubleValue).sum();
        if (c.choices().isEmpty() || stored <= 0) {
            return fallback;
        }
        return new OtherChoiceSampler(choice, c.other() / (stored + c.other()), fallback);
    }

    /** Random lowercase keys of 3-8 letters, as for a dynamic map without a key hint. */
    static ValueSampler randomKeys() {
        return rng -> {
            int len = 3 + rng.nextInt(6);
            char[] k = new char[len];
            for (int i = 0; i < len; i++) {
                k[i] = (char) ('a' + rng.nextInt(26));
            }
            return new String(k);
        };
    }

    @Override
    public Object sample(Rng rng) {
        return rng.nextDouble() < pOther ? fallback.sample(rng) : choice.sample(rng);
    }
}
