package io.factoreally.junit5.internal;

import io.factoreally.FactoreallyException;
import io.factoreally.Factory;
import io.factoreally.internal.bind.Binder;
import io.factoreally.junit5.RealisticSpec;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Produces the value for one injection point: finds the spec, takes the cached factory, seeds it
 * from the test's seed and the point, and builds the target type.
 */
public final class Injector {
    private Injector() {
    }

    /**
     * What an injection point resolves to before seeding: computed once per point and run.
     * {@code model} is the model type resolved for binding when the point takes one model record.
     */
    private record Plan(InjectionPoint point, TargetType target, Factory factory, String location, Binder.Target<?> model) {
    }

    /**
     * The value for the injection point {@code key} (its element and test class) in the test of
     * {@code context}; {@code point} describes it the first time.
     */
    public static Object resolve(ExtensionContext context, Object key, Supplier<InjectionPoint> point) {
        SpecCache cache = SpecCache.of(context);
        RunSeed.of(cache, context); // a bad configuration parameter fails every test, before anything else
        Plan plan = cache.computeOnce(List.of(Plan.class, key), () -> plan(cache, point.get()));
        long seed = TestSeed.valueOf(context);
        TargetType.Single element = plan.target().element();
        boolean wholeFactory = element.shape() == TargetType.Shape.FACTORY;
        Factory factory = plan.factory().seed(wholeFactory ? seed : TestSeed.derive(seed, plan.point().seedKey()));
        try {
            if (plan.point().kind() == InjectionPoint.Kind.EDGE_SOURCE) {
                return element.edgeCases(factory);
            }
            if (plan.model() != null) {
                return Binder.bind(factory.buildValue(), plan.model()); // as factory.build(type), type resolved once
            }
            return plan.target() instanceof TargetType.Batch batch
                    ? batch.next(factory, plan.point().size(), plan.point().edgeCases()) : element.next(factory);
        } catch (FactoreallyException | IllegalArgumentException e) {
            throw new InjectionException(Messages.cannotBuild(plan.point().kind().annotation(), plan.point().where(),
                    element.type(), plan.location(), e.getMessage()));
        }
    }

    private static Plan plan(SpecCache cache, InjectionPoint point) {
        TargetType target = target(point);
        String annotation = point.kind().annotation();
        TargetType.Single element = target.element();
        String conventionType = element.shape() == TargetType.Shape.MODEL ? Names.of(element.type()) : null;
        List<String> names = specNames(point, element);

        WarmUp.await(); // before this thread first touches the spec machinery or Jackson
        LoadedSpec loaded = cache.spec(names);
        if (loaded instanceof LoadedSpec.NotFound nf) {
            throw new InjectionException(Messages.specNotFound(annotation, point.where(), nf.places(),
                    point.spec().isEmpty() && names.size() > 1 ? conventionType : null));
        }
        if (loaded instanceof LoadedSpec.Invalid bad) {
            throw new InjectionException(Messages.invalidSpec(annotation, point.where(), bad.location(), bad.message()));
        }
        LoadedSpec.Found spec = (LoadedSpec.Found) loaded;
        try {
            cache.factory(spec);
        } catch (FactoreallyException e) {
            throw new InjectionException(Messages.cannotCompile(annotation, point.where(), spec.location(), e.getMessage()));
        }
        try {
            return new Plan(point, target, cache.factory(spec, point.overrides()), spec.location(), model(target));
        } catch (FactoreallyException e) {
            throw new InjectionException(Messages.badOverride(annotation, point.where(), point.overrides(), e.getMessage()));
        }
    }

    /** The model type of a single-record point resolved for binding, else null (bound the plain way). */
    private static Binder.Target<?> model(TargetType target) {
        if (target instanceof TargetType.Single single && single.shape() == TargetType.Shape.MODEL) {
            try {
                return Binder.target(single.type());
            } catch (RuntimeException e) {
                return null; // the type then fails when bound, with the usual message
            }
        }
        return null;
    }

    private static TargetType target(InjectionPoint point) {
        Type type = point.type();
        return switch (point.kind()) {
            case REALISTIC -> TargetType.single(type).orElseThrow(() -> new InjectionException(
                    Messages.unsupportedSingle(point.where(), type, TargetType.batch(type).isPresent() || isContainer(type))));
            case BATCH -> TargetType.batch(type).orElseThrow(() -> new InjectionException(
                    Messages.unsupportedBatch(point.where(), type)));
            case SOURCE, EDGE_SOURCE -> TargetType.single(type)
                    .filter(s -> s.shape() != TargetType.Shape.FACTORY)
                    .map(s -> new TargetType.Batch(TargetType.Container.STREAM, s))
                    .orElseThrow(() -> new InjectionException(Messages.unsupportedSource(annotation(point), point.where(), type)));
        };
    }

    private static String annotation(InjectionPoint point) {
        return point.kind().annotation();
    }

    private static boolean isContainer(Type type) {
        Class<?> raw = type instanceof Class<?> c ? c
                : type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
        return raw != null && (raw.isArray() || Collection.class.isAssignableFrom(raw) || Stream.class.isAssignableFrom(raw)
                || Iterable.class.isAssignableFrom(raw));
    }

    /** The spec names to try: the annotation's, else the class default, else by convention. */
    private static List<String> specNames(InjectionPoint point, TargetType.Single element) {
        if (!point.spec().isEmpty()) {
            return List.of(point.spec());
        }
        Optional<String> classDefault = classDefault(point.testClass());
        if (classDefault.isPresent()) {
            return List.of(classDefault.get());
        }
        if (element.shape() == TargetType.Shape.MODEL) {
            return SpecNames.byConvention(element.type());
        }
        throw new InjectionException(Messages.noSpec(point.kind().annotation(), point.where()));
    }

    private static Optional<String> classDefault(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<RealisticSpec> spec = AnnotationSupport.findAnnotation(c, RealisticSpec.class);
            if (spec.isPresent()) {
                return Optional.of(spec.get().value());
            }
        }
        return Optional.empty();
    }

}
