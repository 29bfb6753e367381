package io.factoreally.junit5;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default spec of a test class, for every {@link Realistic}, {@link RealisticBatch} and
 * {@link RealisticSource} in it that names no spec of its own, so a class about one kind of data
 * names its spec once.
 *
 * <p>Precedence: the annotation's own {@code spec}, then the nearest {@code @RealisticSpec} (the
 * test class, its superclasses, then enclosing classes of a {@code @Nested} class), then the spec
 * found by convention from the model type. Registers {@link FactoreallyExtension} for the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FactoreallyExtension.class)
public @interface RealisticSpec {

    /** The spec: a classpath resource, else a file relative to the working directory. */
    String value();
}
