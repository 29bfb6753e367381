package io.factoreally.junit5.internal;

import io.factoreally.junit5.RealisticSource;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Stream;

/** Provides the records of {@link RealisticSource}, one invocation each. Use the annotation. */
public final class RealisticArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<RealisticSource> {
    private RealisticSource source;

    @Override
    public void accept(RealisticSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String where = describe(parameters.getSourceElement());
        try {
            ParameterDeclaration first = parameters.getFirst()
                    .orElseThrow(() -> new InjectionException(Messages.sourceWithoutParameter(where)));
            AnnotatedElement element = first.getAnnotatedElement();
            Type type = element instanceof Parameter p ? p.getParameterizedType()
                    : element instanceof Field f ? f.getGenericType() : first.getParameterType();
            Class<?> testClass = context.getRequiredTestClass();
            Object key = List.of(parameters.getSourceElement(), testClass);
            return ((Stream<?>) Injector.resolve(context, key,
                    () -> InjectionPoint.forSource(source, where, type, testClass))).map(Arguments::of);
        } catch (InjectionException e) {
            throw new ExtensionConfigurationException(e.getMessage());
        }
    }

    private static String describe(AnnotatedElement element) {
        if (element instanceof Method m) {
            return Names.of(m);
        }
        return element instanceof Class<?> c ? Names.of(c) : String.valueOf(element);
    }
}
