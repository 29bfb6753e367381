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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Learning on synthetic data: a planted dependency is found with its table; independent fields give nothing. */
class RelationLearnerTest {
    private static final String[] COUNTRIES = {"DE", "FR", "US", "JP"};
    private static final Map<String, String> CURRENCY = Map.of("DE", "EUR", "FR", "EUR", "US", "USD", "JP", "JPY");

    /** country -> currency, 90 % deterministic, 10 % uniform noise; plus an independent status. */
    static List<Map<String, Object>> planted(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Map<String, Object>> out = new ArrayList<>();
        String[] currencies = {"EUR", "USD", "JPY"};
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            String country = COUNTRIES[rng.nextInt(4)];
            r.put("country", country);
            r.put("currency", rng.nextDouble() < 0.9 ? CURRENCY.get(country) : currencies[rng.nextInt(3)]);
            r.put("status", rng.nextDouble() < 0.5 ? "open" : "closed");
            r.put("amount", rng.nextGaussian() * 10 + 100);
            out.add(r);
        }
        return out;
    }

    private static JsonNode relations(FactorySpec spec) {
        return spec.extension(RelationsCodec.SECTION);
    }

    @Test
    void plantedDependencyIsFoundWithItsTable() {
        FactorySpec spec = SpecCreator.analyze(planted(4000, 1), CreateOptions.defaults()).spec();
        JsonNode rel = relations(spec);
        assertThat(rel).hasSize(1);
        JsonNode r = rel.get(0);
        assertThat(r.get("kind").asText()).isEqualTo("categorical");
        assertThat(r.get("parent").asText()).isEqualTo("country");
        assertThat(r.get("child").asText()).isEqualTo("currency");
        assertThat(r.get("strength").asDouble()).isGreaterThan(0.8);
        Map<String, Map<String, Double>> table = new HashMap<>();
        for (JsonNode row : r.get("table")) {
            Map<String, Double> p = new HashMap<>();
            for (int i = 0; i < row.get("values").size(); i++) {
                p.put(row.get("values").get(i).asText(), row.get("weights").get(i).asDouble());
            }
            table.put(row.get("when").asText(), p);
            assertThat(row.get("share").asDouble()).isCloseTo(0.25, within(0.03));
        }
        assertThat(table).containsOnlyKeys(COUNTRIES);
        // P(own currency | country) = 0.9 + 0.1 / 3, the others 0.1 / 3 each
        for (String c : COUNTRIES) {
            for (String cur : List.of("EUR", "USD", "JPY")) {
                double expected = cur.equals(CURRENCY.get(c)) ? 0.9 + 0.1 / 3 : 0.1 / 3;
                assertThat(table.get(c).get(cur)).as(c + " -> " + cur).isCloseTo(expected, within(0.03));
            }
        }
    }

    @Test
    void independentFieldsGiveNoRelations() {
        Rng rng = new Rng(7);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("a", "a" + rng.nextInt(5));
            r.put("b", "b" + rng.nextInt(12));
            r.put("flag", rng.nextDouble() < 0.3);
            r.put("x", rng.nextGaussian());
            r.put("y", rng.nextDouble() * 50);
            r.put("n", rng.nextLong(1, 1000));
            records.add(r);
        }
        FactorySpec spec = SpecCreator.analyze(records, CreateOptions.defaults()).spec();
        assertThat(relations(spec)).isNull();
        assertThat(spec.toJson()).doesNotContain("\"relations\"");
    }

    @Test
    void generatedRecordsKeepThePlantedDependency() {
        FactorySpec spec = SpecCreator.analyze(planted(4000, 2), CreateOptions.defaults()).spec();
        Factory on = Factory.of(spec).seed(5);
        Factory off = Factory.of(SpecCreator.analyze(planted(4000, 2), CreateOptions.defaults().relations(false)).spec())
                .seed(5);
        assertThat(agreement(on.build(4000))).isCloseTo(0.9 + 0.1 / 3, within(0.02));
        // without relations the currency follows its marginal only: P(match) = sum P(c) P(cur(c)) ~ 0.375
        assertThat(agreement(off.build(4000))).isCloseTo(0.375, within(0.03));
    }

    private static double agreement(List<Map<String, Object>> records) {
        long match = records.stream().filter(r -> CURRENCY.get(r.get("country")).equals(r.get("currency"))).count();
        return (double) match / records.size();
    }

    @Test
    void optionalFieldsKeepTheirJointPresence() {
        Rng rng = new Rng(9);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "order-" + i);
            boolean coupon = rng.nextDouble() < 0.4;
            if (coupon) {
                r.put("coupon", "SAVE" + rng.nextInt(3));
                r.put("discount", rng.nextDouble() < 0.5 ? null : 5 + rng.nextInt(20));
            }
            r.put("total", 10 + rng.nextInt(500));
            records.add(r);
        }
        FactorySpec spec = SpecCreator.analyze(records, CreateOptions.defaults()).spec();
        JsonNode rel = relations(spec).get(0);
        assertThat(rel.get("kind").asText()).isEqualTo("copresence");
        assertThat(rel.get("fields").toString()).isEqualTo("[\"coupon\",\"discount\"]");

        List<Map<String, Object>> on = Factory.of(spec).seed(1).build(3000);
        // discount has a value only with a coupon, and keeps its null share among coupon records
        assertThat(on).allSatisfy(r -> {
            if (r.get("discount") != null) {
                assertThat(r.get("coupon")).isNotNull();
            }
            assertThat(List.copyOf(r.keySet())).isSubsetOf("id", "coupon", "discount", "total");
            List<String> keys = new ArrayList<>(r.keySet()); // spec order, also for added fields
            assertThat(keys).isSortedAccordingTo(java.util.Comparator.comparingInt(List.copyOf(spec.paths())::indexOf));
        });
        long withCoupon = on.stream().filter(r -> r.get("coupon") != null).count();
        assertThat(withCoupon / 3000.0).isCloseTo(0.4, within(0.03));
        long valued = on.stream().filter(r -> r.get("discount") != null).count();
        assertThat(valued / 3000.0).isCloseTo(0.2, within(0.03));
        long orphans = Factory.of(SpecCreator.analyze(records, CreateOptions.defaults().relations(false)).spec()).seed(1)
                .build(3000).stream().filter(r -> r.get("discount") != null && r.get("coupon") == null).count();
        assertThat(orphans / 3000.0).isGreaterThan(0.08); // independent: 0.2 * 0.6
    }

    @Test
    void rareValuesNeverAppearInRelations() {
        List<Map<String, Object>> records = planted(2000, 3);
        // 3 records of a rare country with a rare currency: below k = 5
        for (int i = 0; i < 3; i++) {
            records.get(100 + i * 300).put("country", "Atlantis");
            records.get(100 + i * 300).put("currency", "ATL-SECRET");
        }
        FactorySpec spec = SpecCreator.analyze(records, CreateOptions.defaults()).spec();
        String rel = relations(spec).toString();
        assertThat(rel).contains("\"DE\"").doesNotContain("Atlantis").doesNotContain("ATL-SECRET");
        // with k = 2 the values are frequent enough to be named
        String loose = relations(SpecCreator.analyze(records, CreateOptions.defaults().minOccurrences(2)).spec())
                .toString();
        assertThat(loose).contains("Atlantis").contains("ATL-SECRET");
    }

    @Test
    void sameInputSameRelationsWhateverTheThreads() {
        List<Map<String, Object>> records = planted(5000, 4);
        String one = SpecCreator.analyze(records, CreateOptions.defaults().threads(1)).spec().toJson();
        String four = SpecCreator.analyze(records, CreateOptions.defaults().threads(4)).spec().toJson();
        assertThat(four).isEqualTo(one).contains("\"relations\"");
    }
}
