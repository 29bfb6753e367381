package io.factoreally.junit5.internal;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.SplittableRandom;

/**
 * The seed of a whole test run, from which every test's seed derives: the configuration parameter
 * {@value #PARAMETER} (system property or {@code junit-platform.properties}) when set, else random.
 * Resolved once per run and kept in the run's {@link SpecCache} (in the root store).
 *
 * @param value      the run seed
 * @param configured whether it came from the configuration parameter
 */
public record RunSeed(long value, boolean configured) {
    /** The configuration parameter that sets the run seed. */
    public static final String PARAMETER = "factoreally.seed";

    /** The run seed of the run {@code context} belongs to. */
    public static RunSeed of(ExtensionContext context) {
        return of(SpecCache.of(context), context);
    }

    /**
     * The run seed of the run {@code context} belongs to, kept in that run's {@code cache} (so an
     * injection, which needs the cache anyway, looks up the root store once).
     */
    static RunSeed of(SpecCache cache, ExtensionContext context) {
        return cache.computeOnce(RunSeed.class, () -> resolve(context));
    }

    private static RunSeed resolve(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER)
                .map(String::strip)
                .map(text -> {
                    try {
                        return new RunSeed(Long.parseLong(text), true);
                    } catch (NumberFormatException e) {
                        throw new InjectionException(Messages.badRunSeed(text));
                    }
                })
                .orElseGet(() -> new RunSeed(new SplittableRandom().nextLong() & Long.MAX_VALUE, false));
    }
}
