package io.factoreally.junit5;

import io.factoreally.junit5.internal.FailureReporter;
import io.factoreally.junit5.internal.FieldInjector;
import io.factoreally.junit5.internal.InjectionException;
import io.factoreally.junit5.internal.InjectionPoint;
import io.factoreally.junit5.internal.Injector;
import io.factoreally.junit5.internal.WarmUp;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.util.List;

/**
 * Injects realistic data into {@link Realistic} and {@link RealisticBatch} parameters and fields, and
 * reports the seed of a failing test so it can be replayed.
 *
 * <p>Register it with {@code @ExtendWith(FactoreallyExtension.class)}, or let the annotations do it:
 * {@link Realistic}, {@link RealisticBatch}, {@link RealisticSpec} and {@link RealisticSource} register
 * it by themselves. Specs are parsed and compiled once per run and shared by all tests and threads;
 * each test's data depends only on its seed (see {@link Seed}), so parallel execution and test order
 * change nothing.
 *
 * <p>Fields are injected once per test instance: after instantiation when the extension is registered
 * on the class, else before each test. A per-method instance gets the test method's seed; a per-class
 * instance gets the class's seed.
 */
public final class FactoreallyExtension implements ParameterResolver, TestInstancePostProcessor, BeforeEachCallback,
        AfterEachCallback, InvocationInterceptor {

    /** Starts loading what the first injection needs, unless the launcher session did already. */
    public FactoreallyExtension() {
        WarmUp.start();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return InjectionPoint.isAnnotated(parameter.getParameter());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            Class<?> testClass = context.getTestClass().orElse(parameter.getDeclaringExecutable().getDeclaringClass());
            return Injector.resolve(context, List.of(parameter.getParameter(), testClass),
                    () -> InjectionPoint.forParameter(parameter.getParameter(), parameter.getIndex(), testClass));
        } catch (InjectionException e) {
            throw new ParameterResolutionException(e.getMessage());
        }
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        injectFields(testInstance, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext owner = context;
        if (context.getTestInstanceLifecycle().orElse(null) == TestInstance.Lifecycle.PER_CLASS) {
            while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
                owner = owner.getParent().get(); // a per-class instance belongs to (and is seeded by) its class
            }
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance, owner);
        }
    }

    private static void injectFields(Object instance, ExtensionContext context) {
        try {
            FieldInjector.inject(instance, context);
        } catch (InjectionException e) {
            throw new ExtensionConfigurationException(e.getMessage());
        }
    }

    /** Reports a failing dynamic test of a {@code @TestFactory} with the factory's seed. */
    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
                                     ExtensionContext context) throws Throwable {
        try {
            invocation.proceed();
        } catch (Throwable failure) {
            FailureReporter.report(context, failure);
            throw failure;
        }
    }

    /**
     * Reports a failed test, whether the test method, a {@code @BeforeEach}/{@code @AfterEach} method or
     * parameter resolution failed. ({@code TestWatcher} would be too late: the test's store is closed.)
     */
    @Override
    public void afterEach(ExtensionContext context) {
        context.getExecutionException().ifPresent(failure -> FailureReporter.report(context, failure));
    }
}
