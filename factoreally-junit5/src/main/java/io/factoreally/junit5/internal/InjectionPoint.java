package io.factoreally.junit5.internal;

import io.factoreally.internal.generate.Rng;
import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticEdgeCases;
import io.factoreally.junit5.RealisticSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * One place that receives data: a parameter, a field or a parameterized-test source, with what its
 * annotation asks for.
 *
 * @param where     for messages, e.g. {@code parameter [0] 'user' of UserServiceTest.admin(User)}
 * @param type      the declared (generic) type
 * @param kind      which annotation
 * @param spec      the annotation's spec, or empty
 * @param overrides the annotation's overrides
 * @param size      records for a batch or source, 1 for a single record
 * @param seedKey   distinguishes this point from the test's other points in seed derivation
 * @param testClass the class whose {@code @RealisticSpec} applies
 * @param edgeCases whether a batch or source takes the spec's edge cases instead of {@code size} records
 */
public record InjectionPoint(String where, Type type, Kind kind, String spec, List<String> overrides,
                             int size, long seedKey, Class<?> testClass, boolean edgeCases) {

    /** The annotation that asked. */
    public enum Kind {
        REALISTIC("@Realistic"), BATCH("@RealisticBatch"), SOURCE("@RealisticSource"),
        EDGE_SOURCE("@RealisticEdgeCases");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** {@code @Realistic} etc. */
        public String annotation() {
            return annotation;
        }
    }

    private static final List<Class<? extends Annotation>> LIFECYCLE = List.of(BeforeAll.class, BeforeEach.class,
            AfterEach.class, AfterAll.class);

    /** Whether {@code element} asks for injection. */
    public static boolean isAnnotated(AnnotatedElement element) {
        return AnnotationSupport.isAnnotated(element, Realistic.class) || AnnotationSupport.isAnnotated(element, RealisticBatch.class);
    }

    /** A test method or constructor parameter. */
    public static InjectionPoint forParameter(Parameter parameter, int index, Class<?> testClass) {
        Executable executable = parameter.getDeclaringExecutable();
        boolean constructor = executable instanceof Constructor<?>;
        String where = Messages.parameter(index, parameter.getName(), Names.of(executable), constructor);
        // The test method's parameters are keyed by position; constructors and lifecycle methods, which
        // run in the same test, by their signature too, so that they never repeat the test's data.
        boolean other = constructor || LIFECYCLE.stream().anyMatch(a -> AnnotationSupport.isAnnotated(executable, a));
        long key = other ? Rng.hash(Names.of(executable) + ":" + index) : index;
        return of(parameter, where, parameter.getParameterizedType(), key, testClass);
    }

    /** A test instance field. */
    public static InjectionPoint forField(Field field, Class<?> testClass) {
        String where = Messages.field(Names.of(field));
        InjectionPoint point = of(field, where, field.getGenericType(),
                Rng.hash("field:" + field.getDeclaringClass().getName() + "." + field.getName()), testClass);
        if (Modifier.isStatic(field.getModifiers())) {
            throw new InjectionException(Messages.staticField(point.kind().annotation(), where));
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new InjectionException(Messages.finalField(point.kind().annotation(), where));
        }
        return point;
    }

    /** The records of a {@code @RealisticSource}, bound to {@code type}. */
    public static InjectionPoint forSource(RealisticSource source, String where, Type type, Class<?> testClass) {
        if (source.count() < 0) {
            throw new InjectionException(Messages.negativeCount(Kind.SOURCE.annotation(), "count", source.count(), where));
        }
        return new InjectionPoint(where, type, Kind.SOURCE, source.spec(), List.of(source.overrides()), source.count(),
                Rng.hash("source"), testClass, false);
    }

    /** The edge cases of a {@code @RealisticEdgeCases} source, bound to {@code type}. */
    public static InjectionPoint forEdgeCases(RealisticEdgeCases source, String where, Type type, Class<?> testClass) {
        return new InjectionPoint(where, type, Kind.EDGE_SOURCE, source.spec(), List.of(source.overrides()), 0,
                Rng.hash("edge-cases"), testClass, true);
    }

    private static InjectionPoint of(AnnotatedElement element, String where, Type type, long key, Class<?> testClass) {
        Optional<Realistic> single = AnnotationSupport.findAnnotation(element, Realistic.class);
        Optional<RealisticBatch> batch = AnnotationSupport.findAnnotation(element, RealisticBatch.class);
        if (single.isPresent() && batch.isPresent()) {
            throw new InjectionException(Messages.bothAnnotations(where));
        }
        if (single.isPresent()) {
            Realistic a = single.get();
            return new InjectionPoint(where, type, Kind.REALISTIC, a.spec(), List.of(a.overrides()), 1, key, testClass, false);
        }
        RealisticBatch a = batch.orElseThrow();
        if (a.size() < 0) {
            throw new InjectionException(Messages.negativeCount(Kind.BATCH.annotation(), "size", a.size(), where));
        }
        return new InjectionPoint(where, type, Kind.BATCH, a.spec(), List.of(a.overrides()), a.size(), key, testClass,
                a.edgeCases());
    }
}
