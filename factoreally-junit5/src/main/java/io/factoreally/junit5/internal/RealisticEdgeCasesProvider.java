package io.factoreally.junit5.internal;

import io.factoreally.EdgeCase;
import io.factoreally.junit5.RealisticEdgeCases;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.util.List;
import java.util.stream.Stream;

/**
 * Provides the edge cases of {@link RealisticEdgeCases}, one invocation each, as argument sets named
 * after the boundaries the record covers. Use the annotation.
 */
public final class RealisticEdgeCasesProvider implements ArgumentsProvider, AnnotationConsumer<RealisticEdgeCases> {
    private RealisticEdgeCases source;

    @Override
    public void accept(RealisticEdgeCases annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        try {
            SourceParameter first = SourceParameter.of(parameters, InjectionPoint.Kind.EDGE_SOURCE.annotation());
            Class<?> testClass = context.getRequiredTestClass();
            Object key = List.of(parameters.getSourceElement(), testClass, RealisticEdgeCases.class);
            @SuppressWarnings("unchecked")
            List<EdgeCase<Object>> cases = (List<EdgeCase<Object>>) Injector.resolve(context, key,
                    () -> InjectionPoint.forEdgeCases(source, first.where(), first.type(), testClass));
            return cases.stream().map(c -> Arguments.argumentSet(c.label(), c.record()));
        } catch (InjectionException e) {
            throw new ExtensionConfigurationException(e.getMessage());
        }
    }
}
