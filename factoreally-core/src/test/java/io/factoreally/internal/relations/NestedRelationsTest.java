package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.generate.Rng;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Relations among the members of a nested object: learned with their paths, applied to the generated object. */
class NestedRelationsTest {
    private static final String[] COUNTRIES = {"DE", "FR", "US", "JP"};
    private static final Map<String, String> CURRENCY = Map.of("DE", "EUR", "FR", "EUR", "US", "USD", "JP", "JPY");

    /** order.country -> order.currency (90 %), order.total ~ order.items (r about 0.9); order absent in 20 %. */
    static List<Map<String, Object>> records(int n, long seed) {
        Rng rng = new Rng(seed);
        String[] currencies = {"EUR", "USD", "JPY"};
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "r" + i);
            if (rng.nextDouble() < 0.8) {
                Map<String, Object> order = new LinkedHashMap<>();
                String country = COUNTRIES[rng.nextInt(4)];
                order.put("country", country);
                order.put("currency", rng.nextDouble() < 0.9 ? CURRENCY.get(country) : currencies[rng.nextInt(3)]);
                double items = 10 + 3 * rng.nextGaussian();
                order.put("items", Math.round(items * 100) / 100.0);
                order.put("total", Math.round((items * 12 + 20 * rng.nextGaussian()) * 100) / 100.0);
                r.put("order", order);
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void dependenciesInsideANestedObjectAreLearnedWithTheirPaths() {
        JsonNode rel = SpecCreator.analyze(records(4000, 1), CreateOptions.defaults()).spec()
                .extension(RelationsCodec.SECTION);
        List<String> kinds = new ArrayList<>();
        for (JsonNode r : rel) {
            kinds.add(r.get("kind").asText() + ":" + (r.has("child") ? r.get("parent").asText() + "->"
                    + r.get("child").asText() : r.get("fields").toString()));
        }
        assertThat(kinds).contains("categorical:order.country->order.currency",
                "copula:[\"order.items\",\"order.total\"]");
    }

    @Test
    void generatedObjectsKeepTheDependencies() {
        List<Map<String, Object>> real = records(4000, 2);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults()).spec();
        List<Map<String, Object>> on = orders(Factory.of(spec).seed(3).build(4000));
        assertThat(on.size() / 4000.0).isCloseTo(0.8, within(0.03));
        assertThat(agreement(on)).isCloseTo(0.9 + 0.1 / 3, within(0.025));
        assertThat(spearman(on)).isCloseTo(spearman(orders(real)), within(0.04));
        List<Map<String, Object>> off = orders(Factory.of(SpecCreator.analyze(real,
                CreateOptions.defaults().relations(false)).spec()).seed(3).build(4000));
        assertThat(agreement(off)).isCloseTo(0.375, within(0.03));
        assertThat(spearman(off)).isCloseTo(0, within(0.06));
    }

    @Test
    void overridesOfNestedFieldsWinAndNeverFail() {
        FactorySpec spec = SpecCreator.analyze(records(3000, 4), CreateOptions.defaults()).spec();
        assertThat(orders(Factory.of(spec).seed(1).with("order.currency", "CHF").build(500)))
                .allSatisfy(o -> assertThat(o.get("currency")).isEqualTo("CHF"));
        Map<String, Object> replaced = Map.of("country", "XX");
        assertThat(Factory.of(spec).seed(1).with("order", replaced).build(200))
                .allSatisfy(r -> assertThat(r.get("order")).isIn(replaced, null));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> orders(List<Map<String, Object>> records) {
        return records.stream().filter(r -> r.get("order") instanceof Map).map(r -> (Map<String, Object>) r.get("order"))
                .toList();
    }

    private static double agreement(List<Map<String, Object>> orders) {
        return orders.stream().filter(o -> CURRENCY.get(o.get("country")).equals(o.get("currency"))).count()
                / (double) orders.size();
    }

    private static double spearman(List<Map<String, Object>> orders) {
        return Spearman.of(orders.stream().map(o -> new double[] {((Number) o.get("items")).doubleValue(),
                ((Number) o.get("total")).doubleValue()}).toList());
    }
}
