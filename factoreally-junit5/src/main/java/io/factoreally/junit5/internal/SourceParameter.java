package io.factoreally.junit5.internal;

import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;

/**
 * The first parameter of a parameterized test, which receives a source's records: where it is (for
 * messages) and its declared generic type.
 *
 * @param where for messages, e.g. {@code method UserTest.users}
 * @param type  the first parameter's generic type
 */
record SourceParameter(String where, Type type) {

    /** The first parameter of {@code parameters}, for the source annotation named {@code annotation}. */
    static SourceParameter of(ParameterDeclarations parameters, String annotation) {
        String where = describe(parameters.getSourceElement());
        ParameterDeclaration first = parameters.getFirst()
                .orElseThrow(() -> new InjectionException(Messages.sourceWithoutParameter(annotation, where)));
        AnnotatedElement element = first.getAnnotatedElement();
        Type type = element instanceof Parameter p ? p.getParameterizedType()
                : element instanceof Field f ? f.getGenericType() : first.getParameterType();
        return new SourceParameter(where, type);
    }

    private static String describe(AnnotatedElement element) {
        if (element instanceof Method m) {
            return Names.of(m);
        }
        return element instanceof Class<?> c ? Names.of(c) : String.valueOf(element);
    }
}
