package io.factoreally.internal.generate;

/** A scalar field: its first value hint's sampler (none: null). */
public final class LeafGen extends GenNode {
    private final ValueSampler sampler;

    LeafGen(String path, double missingPct, double nullPct, ValueSampler sampler) {
        super(path, missingPct, nullPct);
        this.sampler = sampler;
    }

    @Override
    Object value(long contextSeed, long seed, Rng rng) {
        return sampler == null ? null : sampler.sample(rng);
    }
}
