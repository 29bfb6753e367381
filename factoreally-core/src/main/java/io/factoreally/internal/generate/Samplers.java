package io.factoreally.internal.generate;

import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.Auth0IdHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.DateHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.DurationHint;
import io.factoreally.internal.spec.MacHint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.UuidHint;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.ValueHint;
import io.factoreally.internal.spec.VersionHint;

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
        register(AlphaHint.class, AlphaSampler::new);
        register(Auth0IdHint.class, h -> HexIds::auth0);
        register(ChoiceHint.class, ChoiceSampler::new);
        register(ConstHint.class, ConstSampler::new);
        register(DateHint.class, DateSampler::new);
        register(DatetimeHint.class, DatetimeSampler::new);
        register(DurationHint.class, DurationSampler::new);
        register(MacHint.class, h -> HexIds::mac);
        register(NumberHint.class, NumberSampler::new);
        register(NumstrHint.class, NumstrSampler::new);
        register(TextHint.class, TextSampler::new);
        register(Uuid4Hint.class, h -> HexIds::uuid4);
        register(VersionHint.class, VersionSampler::new);
        register(TemplateHint.class, TemplateSampler::new);
        register(UuidHint.class, UuidSampler::new);
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
