package io.factoreally.junit5.perf;

import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.Seed;
import io.factoreally.junit5.model.User;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Equivalent test classes for {@link InjectionBenchmark}: the same model injected by Factoreally and by
 * Instancio's {@code @Given}, and a baseline without injection. Not run by the build (names do not end
 * in {@code Test}).
 */
final class PerfClasses {
    static final int REPETITIONS = 4000;
    /** Keeps injected values alive so nothing is optimised away. */
    static final AtomicLong SINK = new AtomicLong();

    private PerfClasses() {
    }

    static void firstObject(Object value) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("FIRST_OBJECT_MS=" + sinceJvmStart + " " + value.hashCode());
    }

    static class FactoreallyFirst {
        @Test
        void first(@Realistic(spec = "user.spec.json") User user) {
            firstObject(user);
        }
    }

    @ExtendWith(InstancioExtension.class)
    static class InstancioFirst {
        @Test
        void first(@Given User user) {
            firstObject(user);
        }
    }

    static class Baseline {
        @RepeatedTest(REPETITIONS)
        void t() {
            SINK.incrementAndGet();
        }
    }

    @Seed(1)
    static class FactoreallyRepeated {
        @RepeatedTest(REPETITIONS)
        void t(@Realistic(spec = "user.spec.json") User user) {
            SINK.addAndGet(user.hashCode());
        }
    }

    /** As the example: the extension registered on the class. */
    @Seed(1)
    @ExtendWith(io.factoreally.junit5.FactoreallyExtension.class)
    static class FactoreallyRegisteredRepeated {
        @RepeatedTest(REPETITIONS)
        void t(@Realistic(spec = "user.spec.json") User user) {
            SINK.addAndGet(user.hashCode());
        }
    }

    /** A parameter annotation registering {@link NoopResolver} the way {@code @Realistic} registers its extension. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(NoopResolver.class)
    @interface Noop {
    }

    /** Resolves {@link Noop} parameters to one fixed user: what JUnit itself costs per such parameter. */
    static final class NoopResolver implements ParameterResolver {
        static final User USER = new User("id", "name", 30, "user", true, null, List.of(), null);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.isAnnotated(Noop.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return USER;
        }
    }

    /** The floor: the same test with a parameter resolved by an extension that does nothing. */
    static class NoopRepeated {
        @RepeatedTest(REPETITIONS)
        void t(@Noop User user) {
            SINK.addAndGet(user.hashCode());
        }
    }

    @ExtendWith(InstancioExtension.class)
    static class InstancioRepeated {
        @RepeatedTest(REPETITIONS)
        void t(@Given User user) {
            SINK.addAndGet(user.hashCode());
        }
    }
}
