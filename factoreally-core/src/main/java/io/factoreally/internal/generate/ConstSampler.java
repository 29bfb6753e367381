package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.ConstHint;

/** CONST: always the same value (arrays and objects are fresh copies, so records never share them). */
final class ConstSampler implements ValueSampler {
    private final JsonNode node;
    private final Object scalar;

    ConstSampler(ConstHint hint) {
        this.node = hint.val();
        this.scalar = JsonValues.isScalar(node) ? JsonValues.toJava(node) : null;
    }

    @Override
    public Object sample(Rng rng) {
        return JsonValues.isScalar(node) ? scalar : JsonValues.toJava(node);
    }
}
