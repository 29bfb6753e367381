package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FidelityReport;
import io.factoreally.FidelityReport.FieldResult;
import io.factoreally.FidelityReport.PairResult;
import io.factoreally.FidelityReport.Summary;
import io.factoreally.internal.generate.Rng;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an evaluation: decides from the real records how each field and which pairs are measured
 * (one plan), then applies that plan to real versus synthetic and to one random half of the real
 * records versus the other half.
 */
public final class Evaluator {
    private static final int MAX_EXTRA_LISTED = 20;

    private Evaluator() {
    }

    public static FidelityReport evaluate(Iterable<?> realRecords, Iterable<?> syntheticRecords, long seed,
                                         int maxPairs) {
        List<JsonNode> real = Records.toTrees(realRecords, "real");
        List<JsonNode> synthetic = Records.toTrees(syntheticRecords, "synthetic");
        Set<String> maps = MapPaths.detect(real);
        Flattened r = Flattened.of(real, maps);
        Flattened s = Flattened.of(synthetic, maps);

        Map<String, FieldPlan> fields = new LinkedHashMap<>();
        for (Column c : r.columns().values()) {
            fields.put(c.path(), FieldPlan.of(c, r));
        }
        List<PairPlan> pairs = PairPlan.choose(fields, r, maxPairs);

        // the baseline: each score for one random half of the real records against the other, averaged
        // over several splits, so that it is what a random half scores and not one split's luck
        List<Flattened[]> splits = new ArrayList<>();
        if (real.size() >= 4) {
            for (int k = 0; k < BASELINE_SPLITS; k++) {
                List<List<JsonNode>> halves = halves(real, seed, k);
                splits.add(new Flattened[] {Flattened.of(halves.get(0), maps), Flattened.of(halves.get(1), maps)});
            }
        }
        boolean baselines = !splits.isEmpty();

        List<FieldResult> fieldResults = new ArrayList<>();
        for (FieldPlan p : fields.values()) {
            FieldScorer.Outcome o = FieldScorer.score(p, r, s);
            Double baseline = baselines ? splits.stream()
                    .mapToDouble(h -> FieldScorer.score(p, h[0], h[1]).score()).average().orElseThrow() : null;
            fieldResults.add(new FieldResult(p.path(), p.kind().label(), o.measure(), o.realValues(), o.syntheticValues(),
                    o.presenceReal(), o.presenceSynthetic(), o.nullReal(), o.nullSynthetic(), o.typeAgreement(),
                    o.shape(), o.score(), baseline, FieldScorer.chart(p, r, s)));
        }
        List<PairResult> pairResults = new ArrayList<>();
        for (PairPlan p : pairs) {
            PairScorer.Measured mr = PairScorer.measure(p.kind(), p.first(), p.second(), r);
            PairScorer.Measured ms = PairScorer.measure(p.kind(), p.first(), p.second(), s);
            double distance = PairScorer.distance(p.kind(), mr, ms);
            Double baseline = baselines ? splits.stream().mapToDouble(h -> 1 - Math.min(1, PairScorer.distance(
                    p.kind(), PairScorer.measure(p.kind(), p.first(), p.second(), h[0]),
                    PairScorer.measure(p.kind(), p.first(), p.second(), h[1])))).average().orElseThrow() : null;
            pairResults.add(new PairResult(p.kind().label(), p.first().path(), p.second().path(), mr.rows(),
                    mr.association(), ms.association(), distance, 1 - Math.min(1, distance), baseline));
        }

        List<String> extra = new ArrayList<>();
        int extraCount = 0;
        for (String path : s.columns().keySet()) {
            if (!fields.containsKey(path)) {
                if (extra.size() < MAX_EXTRA_LISTED) {
                    extra.add(path);
                }
                extraCount++;
            }
        }
        Double fieldScore = mean(fieldResults.stream().map(FieldResult::score).toList());
        List<PairResult> strong = pairResults.stream().filter(PairResult::strong).toList();
        Summary summary = new Summary(real.size(), synthetic.size(), fieldResults.size(), pairResults.size(),
                strong.size(),
                fieldScore == null ? 0 : fieldScore,
                mean(pairResults.stream().map(PairResult::score).toList()),
                mean(strong.stream().map(PairResult::score).toList()),
                baselines ? mean(fieldResults.stream().map(FieldResult::baselineScore).toList()) : null,
                baselines ? mean(pairResults.stream().map(PairResult::baselineScore).toList()) : null,
                baselines ? mean(strong.stream().map(PairResult::baselineScore).toList()) : null,
                (int) strong.stream().filter(p -> p.baselineScore() != null
                        && p.score() >= p.baselineScore() - FidelityReport.NEAR_BASELINE).count(),
                seed, extra, extraCount);
        return new FidelityReport(summary, fieldResults, pairResults);
    }

    /** Random splits of the real records the baseline scores are averaged over. */
    static final int BASELINE_SPLITS = 8;

    /** The {@code k}-th seeded random split of the records into two halves of (almost) equal size. */
    static List<List<JsonNode>> halves(List<JsonNode> records, long seed, int k) {
        List<JsonNode> shuffled = new ArrayList<>(records);
        Rng rng = new Rng(Rng.derive(seed, Rng.hash(k == 0 ? "fidelity-baseline" : "fidelity-baseline-" + k)));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            JsonNode t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        int half = shuffled.size() / 2;
        return List.of(shuffled.subList(0, half), shuffled.subList(half, shuffled.size()));
    }

    private static Double mean(List<Double> values) {
        double sum = 0;
        int n = 0;
        for (Double v : values) {
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
