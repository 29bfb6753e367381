package io.factoreally.internal.relations;

import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations among the members of a dynamic map's values ("views/clicks inside a map value"): the values
 * of maps the model declares are sampled as rows of {@code map.{}}, as array elements are, and
 * generation applies their relations to every value of the map.
 */
class MapValueRelationsTest {
    record Metrics(int views, int clicks, String tier) {
    }

    record Product(int id, Map<String, Metrics> metrics) {
    }

    private static List<Object> records() {
        SplittableRandom r = new SplittableRandom(11);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (int j = 0, n = r.nextInt(1, 4); j < n; j++) {
                int views = r.nextInt(1, 1000);
                metrics.put(String.format(Locale.ROOT, "SKU-%05d", r.nextInt(100_000)), Map.of("views", views,
                        "clicks", views / 10 + r.nextInt(20), "tier", views > 500 ? "top" : "low"));
            }
            out.add(Map.of("id", i, "metrics", metrics));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static double viewsClicksSpearman(List<Map<String, Object>> records) {
        List<Double> views = new ArrayList<>();
        List<Double> clicks = new ArrayList<>();
        for (Map<String, Object> rec : records) {
            for (Object v : ((Map<String, Object>) rec.get("metrics")).values()) {
                Map<String, Object> m = (Map<String, Object>) v;
                views.add(((Number) m.get("views")).doubleValue());
                clicks.add(((Number) m.get("clicks")).doubleValue());
            }
        }
        return new SpearmansCorrelation().correlation(views.stream().mapToDouble(Double::doubleValue).toArray(),
                clicks.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void membersOfADeclaredMapsValuesKeepTheirRelations() {
        List<Object> in = records();
        @SuppressWarnings("unchecked")
        double real = viewsClicksSpearman((List<Map<String, Object>>) (List<?>) in);
        assertThat(real).isGreaterThan(0.95);

        FactorySpec spec = SpecCreator.analyze(in, CreateOptions.defaults().threads(1).model(Product.class)).spec();
        assertThat(spec.toJson()).contains("\"metrics.{}.views\"").contains("\"metrics.{}.clicks\"");
        List<Map<String, Object>> generated = Factory.of(spec).seed(4).build(2000);
        assertThat(viewsClicksSpearman(generated)).isGreaterThan(real - 0.1);
        // the category follows the number too (top exactly when views > 500 in the data)
        long consistent = 0;
        long total = 0;
        for (Map<String, Object> rec : generated) {
            for (Object v : ((Map<?, ?>) rec.get("metrics")).values()) {
                Map<?, ?> m = (Map<?, ?>) v;
                total++;
                boolean top = ((Number) m.get("views")).intValue() > 500;
                consistent += top == "top".equals(m.get("tier")) ? 1 : 0;
            }
        }
        assertThat(consistent / (double) total).isGreaterThan(0.85);

        // without relations the members are drawn each on its own
        FactorySpec plain = SpecCreator.analyze(in, CreateOptions.defaults().threads(1).model(Product.class)
                .relations(false)).spec();
        assertThat(Math.abs(viewsClicksSpearman(Factory.of(plain).seed(4).build(2000)))).isLessThan(0.1);
    }

    @Test
    void mapsFoundWithoutAModelLearnFromTheSampledColumnsOfTheirValues() {
        List<Object> in = records();
        FactorySpec spec = SpecCreator.analyze(in, CreateOptions.defaults().threads(1)).spec();
        assertThat(spec.fields()).containsKey("metrics.{}.views"); // found as a dynamic map: keys look like ids
        @SuppressWarnings("unchecked")
        double real = viewsClicksSpearman((List<Map<String, Object>>) (List<?>) in);
        // fewer values than with a model (the sample's nested columns go to the first keys), still kept
        assertThat(viewsClicksSpearman(Factory.of(spec).seed(4).build(2000))).isGreaterThan(real - 0.15);
    }

    @Test
    void twoThreadsLearnTheSameSpec() {
        List<Object> in = records();
        String one = SpecCreator.analyze(in, CreateOptions.defaults().threads(1).model(Product.class)).spec().toJson();
        String two = SpecCreator.analyze(in, CreateOptions.defaults().threads(2).model(Product.class)).spec().toJson();
        assertThat(two).isEqualTo(one);
        String found = SpecCreator.analyze(in, CreateOptions.defaults().threads(1)).spec().toJson();
        assertThat(SpecCreator.analyze(in, CreateOptions.defaults().threads(2)).spec().toJson()).isEqualTo(found);
    }
}
