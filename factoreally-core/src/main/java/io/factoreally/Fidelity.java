package io.factoreally;

import io.factoreally.internal.evaluate.Evaluator;

/**
 * Measures how faithful generated records are to the real records they were learned from: per field
 * (presence, nulls, distribution shape, formats), per pair of fields (rank correlation, contingency
 * tables, joint presence), and against a half-versus-half baseline of the real data.
 *
 * <p>Deterministic: the same inputs and seed give the same report.
 */
public final class Fidelity {
    /** Seed of the baseline's random split when none is given. */
    public static final long DEFAULT_SEED = 0;
    /** Pairs measured when not told otherwise: the most associated in the real records. */
    public static final int DEFAULT_MAX_PAIRS = 50;

    private Fidelity() {
    }

    /**
     * Compares two finite sets of records ({@code Map}s, {@code JsonNode}s or anything Jackson can turn
     * into a JSON object). Both are held in memory while measuring.
     *
     * @throws FactoreallyException when a record is not a JSON object
     */
    public static FidelityReport evaluate(Iterable<?> real, Iterable<?> synthetic) {
        return evaluate(real, synthetic, DEFAULT_SEED);
    }

    /** As {@link #evaluate(Iterable, Iterable)}, with the seed of the half-versus-half split. */
    public static FidelityReport evaluate(Iterable<?> real, Iterable<?> synthetic, long seed) {
        return evaluate(real, synthetic, seed, DEFAULT_MAX_PAIRS);
    }

    /**
     * As {@link #evaluate(Iterable, Iterable, long)}, measuring up to {@code maxPairs} pairs (more
     * pairs show more dependencies of wide, nested records, and take longer).
     */
    public static FidelityReport evaluate(Iterable<?> real, Iterable<?> synthetic, long seed, int maxPairs) {
        if (maxPairs < 0) {
            throw new IllegalArgumentException("maxPairs must be 0 or more, not " + maxPairs);
        }
        return Evaluator.evaluate(real, synthetic, seed, maxPairs);
    }
}
