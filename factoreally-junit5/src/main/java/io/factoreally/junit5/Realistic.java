package io.factoreally.junit5;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects one realistic record into a test parameter or test instance field.
 *
 * <p>Target types: a model class or record (bound through Jackson), {@code Map<String, Object>},
 * {@code JsonNode}, {@code String} (the record as JSON) or {@link io.factoreally.Factory} itself,
 * preconfigured with the spec, the overrides and the test's seed. The annotation registers
 * {@link FactoreallyExtension} by itself, so no {@code @ExtendWith} is needed.
 *
 * <p>The data comes from the test's seed (see {@link Seed}): it is the same on every run with the
 * same seed, and a failing test reports the seed so that it can be replayed.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FactoreallyExtension.class)
public @interface Realistic {

    /**
     * The spec: a classpath resource, else a file relative to the working directory. When empty, the
     * nearest {@link RealisticSpec} on the test class (or an enclosing class) applies, else the spec is
     * found by convention from the model type ({@code UserModel} -> {@code user-model.spec.json},
     * {@code user_model.spec.json}, {@code usermodel.spec.json}, {@code UserModel.spec.json}).
     */
    String spec() default "";

    /**
     * Overrides as {@code "path=value"}; the value is a JSON literal when it parses as one
     * ({@code "age=42"}, {@code "nickname=null"}, {@code "tags=[\"a\"]"}), else a string. An unknown
     * path fails the test with the closest known paths.
     */
    String[] overrides() default {};
}
