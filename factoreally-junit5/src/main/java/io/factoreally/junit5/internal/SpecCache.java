package io.factoreally.junit5.internal;

import io.factoreally.Factory;
import io.factoreally.Overrides;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parsed specs and compiled factories of one test run, kept in the root store so each spec is parsed
 * and compiled once whatever the number of tests and threads; also what each injection point needs
 * before seeding. Failures are remembered too, so a
 * broken spec is reported by every test that uses it without being parsed again.
 */
public final class SpecCache {
    private final ConcurrentMap<List<String>, Memo<LoadedSpec>> specs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Memo<Factory>> compiled = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Memo<Factory>> configured = new ConcurrentHashMap<>();
    private final ConcurrentMap<Object, Memo<?>> once = new ConcurrentHashMap<>();
    private final AtomicInteger parses = new AtomicInteger();
    private final SpecLocator locator;

    SpecCache(ClassLoader loader) {
        this.locator = new SpecLocator(loader, parses::incrementAndGet);
    }

    /** The cache of the run {@code context} belongs to. */
    public static SpecCache of(ExtensionContext context) {
        return Stores.root(context).getOrComputeIfAbsent(SpecCache.class, k -> new SpecCache(loaderOf(context)), SpecCache.class);
    }

    private static ClassLoader loaderOf(ExtensionContext context) {
        // not a method reference: Class::getClassLoader is caller-sensitive, which costs ~5 ms to bind cold
        ClassLoader loader = context.getTestClass().map(c -> c.getClassLoader()).orElse(null);
        if (loader == null) {
            loader = Thread.currentThread().getContextClassLoader();
        }
        return loader != null ? loader : SpecCache.class.getClassLoader();
    }

    /** The spec found under the first of {@code candidates} that exists. */
    public LoadedSpec spec(List<String> candidates) {
        return specs.computeIfAbsent(List.copyOf(candidates), k -> new Memo<>(() -> locator.locate(k))).get();
    }

    /** The compiled factory of a spec (its seed is set per injection). */
    public Factory factory(LoadedSpec.Found spec) {
        return compiled.computeIfAbsent(spec.location(), k -> new Memo<>(() -> Factory.of(spec.spec()))).get();
    }

    /** The compiled factory of a spec with annotation overrides; throws the core's error for bad ones. */
    public Factory factory(LoadedSpec.Found spec, List<String> overrides) {
        if (overrides.isEmpty()) {
            return factory(spec);
        }
        List<String> key = new java.util.ArrayList<>(overrides.size() + 1);
        key.add(spec.location());
        key.addAll(overrides);
        return configured.computeIfAbsent(List.copyOf(key),
                k -> new Memo<>(() -> factory(spec).with(Overrides.parse(overrides.toArray(String[]::new))))).get();
    }

    /**
     * The value for {@code key}, computed once per run (a failure too): the per-injection-point work
     * (reflection, annotation lookups, spec and factory lookups) that every test would otherwise repeat.
     * Keys must identify what the value depends on.
     */
    @SuppressWarnings("unchecked")
    <T> T computeOnce(Object key, java.util.function.Supplier<T> supplier) {
        Memo<?> memo = once.get(key); // a plain read first: computeIfAbsent may lock a hit's bin
        if (memo == null) {
            memo = once.computeIfAbsent(key, k -> new Memo<>(supplier));
        }
        return (T) memo.get();
    }

    /** How many specs this run has parsed: the hook that proves each is parsed once. */
    public int parseCount() {
        return parses.get();
    }
}
