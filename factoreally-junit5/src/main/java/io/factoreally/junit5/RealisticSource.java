package io.factoreally.junit5;

import io.factoreally.junit5.internal.RealisticArgumentsProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @ParameterizedTest} source: one invocation per realistic record, {@link #count()} in all,
 * bound to the type of the test's first parameter (any single-record type of {@link Realistic}
 * except {@code Factory}). Further parameters may come from {@link Realistic} or other resolvers.
 *
 * <p>The records come from the test method's seed (see {@link Seed}); a failing invocation reports
 * it, and {@code @Seed} on the method replays the same records.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RealisticArgumentsProvider.class)
@ExtendWith(FactoreallyExtension.class)
public @interface RealisticSource {

    /** The spec, found as for {@link Realistic#spec()}. */
    String spec() default "";

    /** How many records (invocations), at least 0. */
    int count() default 10;

    /** Overrides applied to every record, as in {@link Realistic#overrides()}. */
    String[] overrides() default {};
}
