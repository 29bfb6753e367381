package io.factoreally.junit5;

import io.factoreally.junit5.internal.RealisticEdgeCasesProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @ParameterizedTest} source: one invocation per edge-case record of the spec (see
 * {@code Factory.edgeCases()}: every boundary of every field, packed into few records), bound to the
 * type of the test's first parameter (any single-record type of {@link Realistic} except
 * {@code Factory}). Each invocation is an argument set named after the boundaries its record covers,
 * so the report reads {@code [2] age=max, nickname=null} (with
 * {@code @ParameterizedTest(name = "{argumentSetName}")}: just {@code age=max, nickname=null}).
 *
 * <p>Boundaries stay the same on every run; the rest of each record comes from the test method's
 * seed (see {@link Seed}). For a model type, records the model cannot hold (null for a primitive) are
 * left out and reported once as a warning.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RealisticEdgeCasesProvider.class)
@ExtendWith(FactoreallyExtension.class)
public @interface RealisticEdgeCases {

    /** The spec, found as for {@link Realistic#spec()}. */
    String spec() default "";

    /** Overrides applied to every record, as in {@link Realistic#overrides()}; they win over boundaries. */
    String[] overrides() default {};
}
