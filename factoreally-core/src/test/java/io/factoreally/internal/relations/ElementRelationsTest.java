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

/** Relations among the members of objects inside arrays: learned per element path, applied to each element. */
class ElementRelationsTest {
    private static final String[] SKUS = {"A1", "A2", "B1", "B2", "C1", "C2"};

    /**
     * Records with 1-4 items: items[].sku -> items[].category (90 %: its letter), items[].price ~
     * items[].qty (r about 0.9); and order.lines[] with code -> unit always.
     */
    static List<Map<String, Object>> records(int n, long seed) {
        Rng rng = new Rng(seed);
        String[] categories = {"A", "B", "C"};
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "r" + i);
            List<Object> items = new ArrayList<>();
            for (int e = 1 + rng.nextInt(4); e > 0; e--) {
                Map<String, Object> item = new LinkedHashMap<>();
                String sku = SKUS[rng.nextInt(SKUS.length)];
                item.put("sku", sku);
                item.put("category", rng.nextDouble() < 0.9 ? sku.substring(0, 1) : categories[rng.nextInt(3)]);
                double qty = 10 + 3 * rng.nextGaussian();
                item.put("qty", Math.round(qty * 100) / 100.0);
                item.put("price", Math.round((qty * 12 + 20 * rng.nextGaussian()) * 100) / 100.0);
                items.add(item);
            }
            r.put("items", items);
            String code = rng.nextDouble() < 0.5 ? "kg" : "pc";
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", code);
            line.put("unit", code.equals("kg") ? "kilo" : "piece");
            r.put("order", Map.of("lines", List.of(line)));
            out.add(r);
        }
        return out;
    }

    private static List<Map<String, Object>> items(List<Map<String, Object>> records) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : records) {
            for (Object e : (List<?>) r.get("items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) e;
                out.add(item);
            }
        }
        return out;
    }

    private static double agreement(List<Map<String, Object>> items) {
        return items.stream().filter(i -> ((String) i.get("sku")).startsWith((String) i.get("category"))).count()
                / (double) items.size();
    }

    private static double spearman(List<Map<String, Object>> items) {
        return Spearman.of(items.stream().map(i -> new double[] {((Number) i.get("qty")).doubleValue(),
            ((Number) i.get("price")).doubleValue()}).toList());
    }

    @Test
    void dependenciesInsideArrayElementsAreLearnedWithTheirPaths() {
        JsonNode rel = SpecCreator.analyze(records(3000, 1), CreateOptions.defaults()).spec()
                .extension(RelationsCodec.SECTION);
        List<String> kinds = new ArrayList<>();
        for (JsonNode r : rel) {
            kinds.add(r.get("kind").asText() + ":" + (r.has("child") ? r.get("parent").asText() + "->"
                    + r.get("child").asText() : r.get("fields").toString()));
        }
        assertThat(kinds).contains("categorical:items[].sku->items[].category",
                "copula:[\"items[].qty\",\"items[].price\"]");
        // code and unit determine each other: either may be the parent
        assertThat(kinds).containsAnyOf("categorical:order.lines[].code->order.lines[].unit",
                "categorical:order.lines[].unit->order.lines[].code");
    }

    @Test
    void generatedElementsKeepTheDependenciesEachWithItsOwnDraws() {
        List<Map<String, Object>> real = records(3000, 2);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults()).spec();
        List<Map<String, Object>> generated = Factory.of(spec).seed(3).build(3000);
        List<Map<String, Object>> on = items(generated);
        assertThat(agreement(on)).isCloseTo(agreement(items(real)), within(0.02));
        assertThat(spearman(on)).isCloseTo(spearman(items(real)), within(0.04));
        // the elements of one array are not copies of each other
        long same = 0;
        long pairs = 0;
        for (Map<String, Object> r : generated) {
            List<?> items = (List<?>) r.get("items");
            for (int e = 1; e < items.size(); e++) {
                pairs++;
                same += ((Map<?, ?>) items.get(e)).get("price").equals(((Map<?, ?>) items.get(0)).get("price")) ? 1 : 0;
            }
        }
        assertThat(pairs).isGreaterThan(1000);
        assertThat(same / (double) pairs).isLessThan(0.05);
        for (Map<String, Object> r : generated) {
            Map<?, ?> line = (Map<?, ?>) ((List<?>) ((Map<?, ?>) r.get("order")).get("lines")).get(0);
            assertThat(line.get("unit")).isEqualTo(line.get("code").equals("kg") ? "kilo" : "piece");
        }
        List<Map<String, Object>> off = items(Factory.of(SpecCreator.analyze(real,
                CreateOptions.defaults().relations(false)).spec()).seed(3).build(3000));
        assertThat(agreement(off)).isCloseTo(1 / 3.0, within(0.03));
        assertThat(spearman(off)).isCloseTo(0, within(0.05));
        assertThat(Factory.of(spec).seed(3).build(200)).isEqualTo(generated.subList(0, 200));
    }

    @Test
    void overridingTheArrayWinsAndNeverFails() {
        FactorySpec spec = SpecCreator.analyze(records(2000, 4), CreateOptions.defaults()).spec();
        List<Object> mine = List.of(Map.of("sku", "ZZ", "category", "A"));
        assertThat(Factory.of(spec).seed(1).with("items", mine).build(100))
                .allSatisfy(r -> assertThat(r.get("items")).isEqualTo(mine));
        assertThat(Factory.of(spec).seed(1).with("items", "none").with("order", List.of()).build(50)).hasSize(50);
    }
}
