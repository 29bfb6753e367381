package io.factoreally.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins a test's seed, so that the test gets the same data on every run whatever the run seed.
 *
 * <p>On a method, it sets that test's seed to {@link #value()} directly: two methods with the same
 * {@code @Seed} get the same data, and every invocation of a repeated or parameterized test gets
 * the same data. On a class, it applies to every test in the class (and its {@code @Nested}
 * classes) that has no nearer {@code @Seed}. Without it, a test's seed is derived from the run seed
 * (configuration parameter {@code factoreally.seed}, else random) and the test's unique id.
 *
 * <p>A failing test prints the value to put here to replay it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Seed {

    /** The test's seed. */
    long value();
}
