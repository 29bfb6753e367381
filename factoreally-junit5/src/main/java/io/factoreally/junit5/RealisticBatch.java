package io.factoreally.junit5;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects {@link #size()} realistic records (or, with {@link #edgeCases()}, the spec's edge cases) into a test parameter or test instance field of type
 * {@code List<T>}, {@code Set<T>}, {@code Collection<T>}, {@code Stream<T>} or {@code T[]}, where
 * {@code T} is any single-record type of {@link Realistic} except {@code Factory}.
 *
 * <p>Lists, collections, arrays and streams hold exactly {@code size} records in generation order
 * (record 0 first); a {@code Set} is a {@code LinkedHashSet} in the same order, so equal records
 * collapse. Registers {@link FactoreallyExtension} by itself.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FactoreallyExtension.class)
public @interface RealisticBatch {

    /** The spec, found as for {@link Realistic#spec()}. */
    String spec() default "";

    /** How many records, at least 0. */
    int size() default 10;

    /** Overrides applied to every record, as in {@link Realistic#overrides()}. */
    String[] overrides() default {};

    /**
     * Inject the spec's edge cases instead of {@link #size()} realistic records: the short, fixed list
     * of {@code Factory.edgeCases()} that covers every boundary of every field (min and max, null,
     * absent, empty and longest arrays, every CHOICE value...), with the rest of each record realistic
     * from the test's seed; {@code size} is then ignored. For a model type, records the model cannot
     * hold (null for a primitive) are left out and reported once as a warning.
     */
    boolean edgeCases() default false;
}
