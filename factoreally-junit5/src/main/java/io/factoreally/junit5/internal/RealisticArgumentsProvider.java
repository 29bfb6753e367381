package io.factoreally.junit5.internal;

import io.factoreally.junit5.RealisticSource;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

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
        try {
            SourceParameter first = SourceParameter.of(parameters, InjectionPoint.Kind.SOURCE.annotation());
            Class<?> testClass = context.getRequiredTestClass();
            Object key = List.of(parameters.getSourceElement(), testClass);
            return ((Stream<?>) Injector.resolve(context, key,
                    () -> InjectionPoint.forSource(source, first.where(), first.type(), testClass))).map(Arguments::of);
        } catch (InjectionException e) {
            throw new ExtensionConfigurationException(e.getMessage());
        }
    }
}
