package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.ChoiceHint;

import java.util.List;

/**
 * CHOICE: a weighted pick. Weights need not sum to 1; without weights, with a different number of
 * weights than choices, or with all weights zero the pick is uniform (a CHOICE never fails, Part A
 * row 4). No choices: null.
 */
final class ChoiceSampler implements ValueSampler {
    private final JsonNode[] nodes;
    private final Object[] values;
    /** Cumulative weights, or null for uniform. */
    private final double[] cumulative;

    ChoiceSampler(ChoiceHint hint) {
        List<JsonNode> choices = hint.choices();
        this.nodes = choices.toArray(new JsonNode[0]);
        this.values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = JsonValues.isScalar(nodes[i]) ? JsonValues.toJava(nodes[i]) : null;
        }
        this.cumulative = WeightedPick.cumulative(hint.weights(), nodes.length);
    }

    @Override
    public Object sample(Rng rng) {
        int n = nodes.length;
        if (n == 0) {
            return null;
        }
        int i;
        if (cumulative == null) {
            i = rng.nextInt(n);
        } else {
            i = WeightedPick.pick(cumulative, rng);
        }
        return JsonValues.isScalar(nodes[i]) ? values[i] : JsonValues.toJava(nodes[i]);
    }
}
