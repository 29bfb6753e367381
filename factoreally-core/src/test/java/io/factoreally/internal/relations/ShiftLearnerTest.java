package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.generate.Rng;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A number that depends on two independent categories at once (category_shifts): both are learned,
 * generated records keep both associations and the number's correlation with another, overrides move it.
 */
class ShiftLearnerTest {
    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final double[] REGION_SHIFT = {-0.6, -0.2, 0.2, 0.6};
    private static final String[] TIERS = {"basic", "plus", "gold"};
    private static final double[] TIER_SHIFT = {-0.5, 0, 0.5};

    /** amount = exp(3 + 0.4 (region + tier + noise)), cost ~ amount (r about 0.7), region and tier independent. */
    static List<Map<String, Object>> records(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int region = rng.nextInt(4);
            int tier = rng.nextInt(3);
            double score = REGION_SHIFT[region] + TIER_SHIFT[tier] + 0.8 * rng.nextGaussian();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("region", REGIONS[region]);
            r.put("tier", TIERS[tier]);
            r.put("amount", Math.round(Math.exp(3 + 0.4 * score) * 100) / 100.0);
            r.put("cost", Math.round((50 + 20 * score + 15 * rng.nextGaussian()) * 100) / 100.0);
            out.add(r);
        }
        return out;
    }

    @Test
    void bothCategoriesAreLearnedAsShifts() {
        FactorySpec spec = SpecCreator.analyze(records(5000, 1), CreateOptions.defaults()).spec();
        JsonNode shifts = null;
        for (JsonNode r : spec.extension(RelationsCodec.SECTION)) {
            if (r.get("kind").asText().equals("category_shifts") && r.get("child").asText().equals("amount")) {
                shifts = r;
            }
        }
        assertThat(shifts).as(spec.extension(RelationsCodec.SECTION).toString()).isNotNull();
        Map<String, Map<String, Double>> by = new HashMap<>();
        for (JsonNode s : shifts.get("shifts")) {
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < s.get("when").size(); i++) {
                m.put(s.get("when").get(i).asText(), s.get("by").get(i).asDouble());
            }
            by.put(s.get("parent").asText(), m);
        }
        assertThat(by).containsOnlyKeys("region", "tier");
        // the shifts are in normal scores (the number's own sd is about sqrt(0.2 + 0.17 + 0.64))
        double sd = Math.sqrt(0.2 + 0.5 * 0.5 * 2 / 3 + 0.64);
        assertThat(by.get("region").get("west") - by.get("region").get("north")).isCloseTo(1.2 / sd, within(0.15));
        assertThat(by.get("tier").get("gold") - by.get("tier").get("basic")).isCloseTo(1.0 / sd, within(0.15));
    }

    @Test
    void generatedRecordsKeepBothAssociationsAndTheCorrelation() {
        List<Map<String, Object>> real = records(5000, 2);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults()).spec();
        List<Map<String, Object>> on = Factory.of(spec).seed(7).build(5000);
        for (String parent : List.of("region", "tier")) {
            assertThat(eta(on, parent, "amount")).as(parent).isCloseTo(eta(real, parent, "amount"), within(0.04));
            assertThat(eta(on, parent, "cost")).as(parent).isCloseTo(eta(real, parent, "cost"), within(0.04));
        }
        assertThat(spearman(on)).isCloseTo(spearman(real), within(0.04));
        List<Map<String, Object>> off = Factory.of(SpecCreator.analyze(real, CreateOptions.defaults().relations(false))
                .spec()).seed(7).build(5000);
        assertThat(eta(off, "tier", "amount")).isLessThan(0.08);
        // the number keeps its own distribution: the same median as without relations
        assertThat(median(on, "amount")).isCloseTo(median(off, "amount"), within(0.05 * median(off, "amount")));
    }

    @Test
    void overridingACategoryMovesTheNumber() {
        List<Map<String, Object>> real = records(5000, 3);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults()).spec();
        Function<String, Double> realMedian = t -> median(real.stream().filter(r -> r.get("tier").equals(t)).toList(),
                "amount");
        List<Map<String, Object>> gold = Factory.of(spec).seed(1).with("tier", "gold").build(3000);
        List<Map<String, Object>> basic = Factory.of(spec).seed(1).with("tier", "basic").build(3000);
        assertThat(median(gold, "amount")).isCloseTo(realMedian.apply("gold"), within(0.1 * realMedian.apply("gold")));
        assertThat(median(basic, "amount")).isCloseTo(realMedian.apply("basic"), within(0.1 * realMedian.apply("basic")));
        assertThat(Factory.of(spec).seed(1).with("tier", "platinum").build(100)).hasSize(100); // unknown: no failure
    }

    private static double eta(List<Map<String, Object>> records, String group, String value) {
        Map<Object, double[]> sums = new HashMap<>();
        double total = 0;
        for (Map<String, Object> r : records) {
            double v = ((Number) r.get(value)).doubleValue();
            double[] s = sums.computeIfAbsent(r.get(group), g -> new double[2]);
            s[0] += v;
            s[1]++;
            total += v;
        }
        double mean = total / records.size();
        double ssTotal = 0;
        for (Map<String, Object> r : records) {
            double d = ((Number) r.get(value)).doubleValue() - mean;
            ssTotal += d * d;
        }
        double between = 0;
        for (double[] s : sums.values()) {
            between += s[1] * Math.pow(s[0] / s[1] - mean, 2);
        }
        return Math.sqrt(between / ssTotal);
    }

    private static double spearman(List<Map<String, Object>> records) {
        return Spearman.of(records.stream().map(r -> new double[] {((Number) r.get("amount")).doubleValue(),
                ((Number) r.get("cost")).doubleValue()}).toList());
    }

    private static double median(List<Map<String, Object>> records, String field) {
        double[] v = records.stream().mapToDouble(r -> ((Number) r.get(field)).doubleValue()).sorted().toArray();
        return v[v.length / 2];
    }
}
