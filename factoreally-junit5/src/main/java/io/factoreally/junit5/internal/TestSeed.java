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

    /** The seed of {@code context}'s test, computed once per context. */
    public static TestSeed of(ExtensionContext context) {
        return Stores.of(context).getOrComputeIfAbsent(key(context), k -> compute(context), TestSeed.class);
    }

    /** The seeds used by {@code context} and its ancestors (nearest first). */
    public static List<TestSeed> usedBy(ExtensionContext context) {
        List<TestSeed> seeds = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            TestSeed seed = Stores.of(c).get(key(c), TestSeed.class);
            if (seed != null) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    /** The seed for one injection point of this test. */
    public long derive(long key) {
        return Rng.derive(value, key);
    }

    private static String key(ExtensionContext context) {
        return "seed:" + context.getUniqueId();
    }

    private static TestSeed compute(ExtensionContext context) {
        String test = testName(context);
        String target = targetOf(context);
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            Optional<Seed> seed = element.flatMap(e -> SpecCache.of(context).computeOnce(List.of(Seed.class, e),
                    () -> AnnotationSupport.findAnnotation(e, Seed.class)));
            if (seed.isPresent()) {
                return new TestSeed(seed.get().value(), test, target, new Pinned(describe(element.get())));
            }
        }
        RunSeed run = RunSeed.of(context);
        return new TestSeed(Rng.derive(run.value(), Rng.hash(context.getUniqueId())), test, target, new Derived(run));
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
