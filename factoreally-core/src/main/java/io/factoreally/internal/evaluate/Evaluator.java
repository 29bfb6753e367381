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

        Flattened halfA = null;
        Flattened halfB = null;
        if (real.size() >= 4) {
            List<List<JsonNode>> halves = halves(real, seed);
            halfA = Flattened.of(halves.get(0), maps);
            halfB = Flattened.of(halves.get(1), maps);
        }

        List<FieldResult> fieldResults = new ArrayList<>();
        for (FieldPlan p : fields.values()) {
            FieldScorer.Outcome o = FieldScorer.score(p, r, s);
            Double baseline = halfA == null ? null : FieldScorer.score(p, halfA, halfB).score();
            fieldResults.add(new FieldResult(p.path(), p.kind().label(), o.measure(), o.realValues(), o.syntheticValues(),
                    o.presenceReal(), o.presenceSynthetic(), o.nullReal(), o.nullSynthetic(), o.typeAgreement(),
                    o.shape(), o.score(), baseline, FieldScorer.chart(p, r, s)));
        }
        List<PairResult> pairResults = new ArrayList<>();
        for (PairPlan p : pairs) {
            PairScorer.Measured mr = PairScorer.measure(p.kind(), p.first(), p.second(), r);
            PairScorer.Measured ms = PairScorer.measure(p.kind(), p.first(), p.second(), s);
            double distance = PairScorer.distance(p.kind(), mr, ms);
            Double baseline = null;
            if (halfA != null) {
                double d = PairScorer.distance(p.kind(), PairScorer.measure(p.kind(), p.first(), p.second(), halfA),
                        PairScorer.measure(p.kind(), p.first(), p.second(), halfB));
                baseline = 1 - Math.min(1, d);
            }
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
                halfA == null ? null : mean(fieldResults.stream().map(FieldResult::baselineScore).toList()),
                halfA == null ? null : mean(pairResults.stream().map(PairResult::baselineScore).toList()),
                halfA == null ? null : mean(strong.stream().map(PairResult::baselineScore).toList()),
                (int) strong.stream().filter(p -> p.baselineScore() != null
                        && p.score() >= p.baselineScore() - FidelityReport.NEAR_BASELINE).count(),
                seed, extra, extraCount);
        return new FidelityReport(summary, fieldResults, pairResults);
    }

    /** A seeded random split of the records into two halves of (almost) equal size. */
    static List<List<JsonNode>> halves(List<JsonNode> records, long seed) {
        List<JsonNode> shuffled = new ArrayList<>(records);
        Rng rng = new Rng(Rng.derive(seed, Rng.hash("fidelity-baseline")));
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
