package io.factoreally.junit5.internal;

import io.factoreally.internal.generate.Rng;
import io.factoreally.junit5.Seed;
import org.junit.platform.commons.support.AnnotationSupport;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seed of one test (or test class, for fields of a per-class test instance), and where it came
 * from. Every value injected into that test derives from it and the injection point, so a test's
 * data depends neither on other tests nor on order or threads.
 *
 * @param value  the seed
 * @param test   the test, e.g. {@code UserServiceTest.admin} or {@code UserServiceTest.admin [3]}
 * @param target where {@code @Seed} goes to replay, e.g. {@code method UserServiceTest.admin}
 * @param origin where the seed came from
 */
public record TestSeed(long value, String test, String target, Origin origin) {

    /** Where a test seed came from. */
    public sealed interface Origin permits Pinned, Derived {
    }

    /** Set by {@code @Seed} on {@code where}. */
    public record Pinned(String where) implements Origin {
    }

    /** Derived from the run seed and the test's unique id. */
    public record Derived(RunSeed run) implements Origin {
    }

    /**
     * The seed value of {@code context}'s test, computed once per context. Kept in the context's own
     * store under a key that is the context itself (JUnit hands an extension the same context object
     * for the whole of a test), which is cheaper per injection than a key built from its unique id; the
     * names for the replay line are worked out only when a test fails ({@link #usedBy}).
     */
    public static long valueOf(ExtensionContext context) {
        return Stores.of(context).getOrComputeIfAbsent(new Key(context), k -> compute(context), Used.class).value();
    }

    /** The seeds used by {@code context} and its ancestors (nearest first). */
    public static List<TestSeed> usedBy(ExtensionContext context) {
        List<TestSeed> seeds = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Used used = Stores.of(c).get(new Key(c), Used.class);
            if (used != null) {
                seeds.add(new TestSeed(used.value(), testName(c), targetOf(c), used.origin()));
            }
        }
        return seeds;
    }

    /** Derives the seed for one injection point from a test's seed {@code value}. */
    public static long derive(long value, long key) {
        return Rng.derive(value, key);
    }

    /**
     * What a context stores: its seed and what pinned it ({@code null} when derived from {@code run}).
     */
    private record Used(long value, AnnotatedElement pinnedBy, RunSeed run) {
        Origin origin() {
            return pinnedBy != null ? new Pinned(describe(pinnedBy)) : new Derived(run);
        }
    }

    /**
     * The store key of a context's seed: the context itself, by identity, so that a context never
     * finds its parent's seed (the store looks up parents too).
     */
    private record Key(ExtensionContext context) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.context == context;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(context);
        }
    }

    private static Used compute(ExtensionContext context) {
        SpecCache cache = SpecCache.of(context);
        AnnotatedElement previous = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            AnnotatedElement element = c.getElement().orElse(null);
            if (element != null && !element.equals(previous)) { // an invocation's method is its template's too
                previous = element;
                Optional<Seed> seed = cache.computeOnce(List.of(Seed.class, element),
                        () -> AnnotationSupport.findAnnotation(element, Seed.class));
                if (seed.isPresent()) {
                    return new Used(seed.get().value(), element, null);
                }
            }
        }
        RunSeed run = RunSeed.of(cache, context);
        return new Used(Rng.derive(run.value(), Rng.hash(context.getUniqueId())), null, run);
    }

    private static String testName(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return Names.of(context.getRequiredTestClass());
        }
        String name = Names.of(context.getRequiredTestClass()) + "." + method.get().getName();
        boolean invocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        return invocation ? name + " " + context.getDisplayName() : name;
    }

    private static String targetOf(ExtensionContext context) {
        return context.getTestMethod().isPresent()
                ? "method " + Names.of(context.getRequiredTestClass()) + "." + context.getRequiredTestMethod().getName()
                : "class " + Names.of(context.getRequiredTestClass());
    }

    private static String describe(AnnotatedElement element) {
        if (element instanceof Method m) {
            return "method " + Names.of(m.getDeclaringClass()) + "." + m.getName();
        }
        return "class " + Names.of((Class<?>) element);
    }
}
