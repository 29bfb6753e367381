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
        this.cumulative = cumulative(hint.weights(), nodes.length);
    }

    private static double[] cumulative(List<Double> weights, int n) {
        if (weights == null || weights.size() != n || n == 0) {
            return null;
        }
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights.get(i);
            sum += (w > 0 && Double.isFinite(w)) ? w : 0;
            c[i] = sum;
        }
        return sum > 0 ? c : null;
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
            double u = rng.nextDouble() * cumulative[n - 1];
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) { // first index whose cumulative weight exceeds u: never a zero-weight entry
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            i = lo;
        }
        return JsonValues.isScalar(nodes[i]) ? values[i] : JsonValues.toJava(nodes[i]);
    }
}
