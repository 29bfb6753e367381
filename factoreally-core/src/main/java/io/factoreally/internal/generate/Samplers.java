package io.factoreally.internal.generate;

import io.factoreally.internal.spec.ValueHint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry from value-hint type to the sampler that generates its values: one line per hint
 * type, so a new hint type is one record plus one line here (and one in {@code HintTypes}).
 */
public final class Samplers {
    private static final Map<Class<? extends ValueHint>, Function<ValueHint, ValueSampler>> FACTORIES =
            new LinkedHashMap<>();

    static {
        // register(NumberHint.class, NumberSampler::new);   <- one line per hint type
        register(io.factoreally.internal.spec.TemplateHint.class, TemplateSampler::new);
        register(io.factoreally.internal.spec.UuidHint.class, UuidSampler::new);
    }

    private Samplers() {
    }

    @SuppressWarnings("unchecked")
    private static <H extends ValueHint> void register(Class<H> type, Function<H, ValueSampler> factory) {
        FACTORIES.put(type, h -> factory.apply((H) h));
    }

    /** The sampler for a value hint. */
    public static ValueSampler forHint(ValueHint hint) {
        Function<ValueHint, ValueSampler> f = FACTORIES.get(hint.getClass());
        if (f == null) {
            throw new IllegalStateException("no sampler registered for hint " + hint.type());
        }
        return f.apply(hint);
    }
}
