package io.factoreally.internal.generate;

import java.util.List;

/** A scalar field: its first value hint's sampler (none: null). */
public final class LeafGen extends GenNode {
    private final ValueSampler sampler;

    LeafGen(String path, double missingPct, double nullPct, ValueSampler sampler, List<Boundary> valueBoundaries) {
        super(path, missingPct, nullPct, valueBoundaries);
        this.sampler = sampler;
    }

    @Override
    Object value(long contextSeed, long seed, Rng rng, EdgeRecord edge, Boundary boundary) {
        if (boundary instanceof Boundary.Value v) {
            return v.sampler().sample(rng);
        }
        return sampler == null ? null : sampler.sample(rng);
    }
}
