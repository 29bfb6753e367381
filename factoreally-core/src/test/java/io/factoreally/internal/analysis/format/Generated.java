package io.factoreally.internal.analysis.format;

import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.generate.Samplers;
import io.factoreally.internal.generate.ValueSampler;
import io.factoreally.internal.spec.ValueHint;

import java.util.ArrayList;
import java.util.List;

/** Draws values from a hint's registered sampler with a fixed seed. */
final class Generated {
    private Generated() {
    }

    static List<String> draw(ValueHint hint, int n) {
        ValueSampler s = Samplers.forHint(hint);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add((String) s.sample(new Rng(Rng.derive(42, i))));
        }
        return out;
    }
}
