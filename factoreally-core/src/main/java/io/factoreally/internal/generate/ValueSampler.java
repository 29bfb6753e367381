package io.factoreally.internal.generate;

/**
 * Draws one value for a value hint. Implementations are immutable and thread-safe; all randomness
 * comes from the {@link Rng} passed in, so the same Rng state gives the same value.
 *
 * <p>Returned values are plain Java JSON values: {@code String}, {@code Boolean}, {@code Long} /
 * {@code BigInteger} for integers, {@code Double} / {@code BigDecimal} for floats, {@code null},
 * {@code List} and {@code Map} (for CONST/CHOICE of structured values).
 */
@FunctionalInterface
public interface ValueSampler {
    Object sample(Rng rng);
}
