package io.factoreally.junit5;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.internal.generate.Rng;

/** What the extension must inject, computed independently through the core API. */
final class Expected {
    private Expected() {
    }

    /** The factory of a classpath spec with the seed of injection point {@code key} of a test seeded {@code testSeed}. */
    static Factory factory(String spec, long testSeed, long key) {
        return Factory.of(FactorySpec.fromResource(spec)).seed(Rng.derive(testSeed, key));
    }

    /** The test seed derived from a run seed and a test's unique id. */
    static long testSeed(long runSeed, String uniqueId) {
        return Rng.derive(runSeed, Rng.hash(uniqueId));
    }

    /** The seed key of a field. */
    static long fieldKey(Class<?> declaring, String name) {
        return Rng.hash("field:" + declaring.getName() + "." + name);
    }
}
