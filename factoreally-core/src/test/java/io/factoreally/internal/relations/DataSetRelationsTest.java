package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.evaluate.RecordFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Relations on the shared data sets: penguins (categorical and by species), cars (copula), size bounds. */
class DataSetRelationsTest {
    private static final Path DATA = Path.of("../../shared/data");
    private static final String MASS = "Body Mass (g)";
    private static final String BUDGET = "Production Budget";

    private static FactorySpec spec(String name, CreateOptions options) {
        return SpecCreator.create(DATA.resolve(name + ".json"), options);
    }

    @Test
    void penguinsSpeciesDeterminesIsland() {
        FactorySpec spec = spec("penguins", CreateOptions.defaults());
        JsonNode rel = spec.extension("relations");
        JsonNode cat = find(rel, "categorical", "Island");
        assertThat(cat.get("parent").asText()).isEqualTo("Species");
        Map<String, String> onlyIsland = new HashMap<>();
        for (JsonNode row : cat.get("table")) {
            if (row.get("values").size() == 1) {
                onlyIsland.put(row.get("when").asText(), row.get("values").get(0).asText());
            }
        }
        assertThat(onlyIsland).containsEntry("Gentoo", "Biscoe").containsEntry("Chinstrap", "Dream").hasSize(2);

        List<Map<String, Object>> generated = Factory.of(spec).seed(11).build(3000);
        for (Map<String, Object> r : generated) {
            if ("Gentoo".equals(r.get("Species"))) {
                assertThat(r.get("Island")).isEqualTo("Biscoe");
            } else if ("Chinstrap".equals(r.get("Species"))) {
                assertThat(r.get("Island")).isEqualTo("Dream");
            }
        }
    }

    @Test
    void penguinsBodyMassFollowsSpecies() {
        FactorySpec spec = spec("penguins", CreateOptions.defaults());
        JsonNode byCat = find(spec.extension("relations"), "numeric_by_category", MASS);
        assertThat(byCat.get("parent").asText()).isEqualTo("Species");
        assertThat(byCat.get("cases")).hasSize(3);

        List<JsonNode> real = RecordFiles.read(DATA.resolve("penguins.json"));
        Map<String, Double> realMeans = means(real, r -> r.get("Species").asText(),
                r -> r.get(MASS).isNumber() ? r.get(MASS).asDouble() : Double.NaN);
        List<Map<String, Object>> generated = Factory.of(spec).seed(3).build(6000);
        Map<String, Double> genMeans = means(generated, r -> (String) r.get("Species"),
                r -> r.get(MASS) instanceof Number n ? n.doubleValue() : Double.NaN);
        assertThat(realMeans.get("Gentoo") - realMeans.get("Adelie")).isGreaterThan(1000);
        for (String s : List.of("Adelie", "Gentoo", "Chinstrap")) {
            assertThat(genMeans.get(s)).as(s).isCloseTo(realMeans.get(s), within(80.0));
        }
        // without relations every species gets the overall distribution
        List<Map<String, Object>> off = Factory.of(spec("penguins", CreateOptions.defaults().relations(false)))
                .seed(3).build(6000);
        Map<String, Double> offMeans = means(off, r -> (String) r.get("Species"),
                r -> r.get(MASS) instanceof Number n ? n.doubleValue() : Double.NaN);
        assertThat(Math.abs(offMeans.get("Gentoo") - offMeans.get("Adelie"))).isLessThan(100);
    }

    @Test
    void overridingSpeciesMovesIslandAndOverridingIslandMovesSpecies() {
        Factory penguins = Factory.of(spec("penguins", CreateOptions.defaults())).seed(8);
        for (Map<String, Object> r : penguins.with("Species", "Gentoo").build(500)) {
            assertThat(r.get("Species")).isEqualTo("Gentoo");
            assertThat(r.get("Island")).isEqualTo("Biscoe");
            if (r.get(MASS) != null) {
                assertThat(((Number) r.get(MASS)).longValue()).isGreaterThanOrEqualTo(3950);
            }
        }
        for (Map<String, Object> r : penguins.with("Island", "Dream").build(500)) {
            assertThat(r.get("Island")).isEqualTo("Dream");
            assertThat(r.get("Species")).isIn("Adelie", "Chinstrap");
        }
        // a value the relation does not know falls back to the field's own hints, never fails
        for (Map<String, Object> r : penguins.with("Species", "Emperor").build(200)) {
            assertThat(r.get("Species")).isEqualTo("Emperor");
            assertThat(r.get("Island")).isIn("Biscoe", "Dream", "Torgersen");
        }
        // values of any type, null included, never fail
        assertThat(penguins.with("Species", (Object) null).with("Island", List.of(1)).build(50)).hasSize(50);
        assertThat(penguins.with("Body Mass (g)", "heavy").with("Flipper Length (mm)", Map.of()).build(50)).hasSize(50);
        // overriding the dependent just sets it
        for (Map<String, Object> r : penguins.with("Species", "Gentoo").with("Island", "Torgersen").build(50)) {
            assertThat(r).containsEntry("Species", "Gentoo").containsEntry("Island", "Torgersen");
        }
    }

    @Test
    void sameSeedSameRecords() {
        FactorySpec spec = spec("penguins", CreateOptions.defaults());
        Factory a = Factory.of(spec).seed(99);
        Factory b = Factory.of(FactorySpec.fromJson(spec.toJson())).seed(99);
        assertThat(a.build(300)).isEqualTo(b.build(300));
        assertThat(a.recordAt(17)).isEqualTo(b.recordAt(17));
        assertThat(Factory.of(spec).seed(99).with("Species", "Adelie").build(100))
                .isEqualTo(Factory.of(spec).seed(99).with("Species", "Adelie").build(100));
    }

    @Test
    void carsKeepWeightVersusMpgRankCorrelation() {
        List<JsonNode> real = RecordFiles.read(DATA.resolve("cars.json"));
        List<double[]> pairs = new ArrayList<>();
        for (JsonNode r : real) {
            if (r.get("Weight_in_lbs").isNumber() && r.get("Miles_per_Gallon").isNumber()) {
                pairs.add(new double[] {r.get("Weight_in_lbs").asDouble(), r.get("Miles_per_Gallon").asDouble()});
            }
        }
        double realRho = Spearman.of(pairs);
        assertThat(realRho).isLessThan(-0.8);
        double on = Spearman.of(generated(spec("cars", CreateOptions.defaults()), 4000));
        double off = Spearman.of(generated(spec("cars", CreateOptions.defaults().relations(false)), 4000));
        assertThat(on).isCloseTo(realRho, within(0.1));
        assertThat(off).isCloseTo(0.0, within(0.1));
    }

    @Test
    void carsKeepCylindersVersusDisplacementDespiteTheTies() {
        // cylinders take 5 values: the copula's correlation is corrected for how ties flatten it
        double real = Spearman.of(RecordFiles.read(DATA.resolve("cars.json")).stream()
                .map(r -> new double[] {r.get("Cylinders").asDouble(), r.get("Displacement").asDouble()}).toList());
        assertThat(real).isGreaterThan(0.9);
        List<double[]> generated = Factory.of(spec("cars", CreateOptions.defaults())).seed(8).build(4000).stream()
                .map(r -> new double[] {((Number) r.get("Cylinders")).doubleValue(),
                    ((Number) r.get("Displacement")).doubleValue()}).toList();
        assertThat(Spearman.of(generated)).isCloseTo(real, within(0.05));
    }

    @Test
    void carsKeepEachOriginsMeanWhenTheYearShiftsGoWithTheOrigin() {
        // Japanese cars are newer: the year shifts add up to more within Japan; the origin's own shift takes that
        // back out (before: Japanese mileage 32.8 generated for 30.5 real, American 19.3 for 20.1)
        Function<JsonNode, Double> mpg = r -> r.get("Miles_per_Gallon").isNumber() ? r.get("Miles_per_Gallon").asDouble()
                : Double.NaN;
        Map<String, Double> realMeans = means(RecordFiles.read(DATA.resolve("cars.json")), r -> r.get("Origin").asText(),
                mpg);
        Map<String, Double> genMeans = means(Factory.of(spec("cars", CreateOptions.defaults())).seed(12).build(8000),
                r -> (String) r.get("Origin"),
                r -> r.get("Miles_per_Gallon") instanceof Number n ? n.doubleValue() : Double.NaN);
        assertThat(genMeans.keySet()).isEqualTo(realMeans.keySet());
        for (String origin : realMeans.keySet()) {
            assertThat(genMeans.get(origin)).as(origin).isCloseTo(realMeans.get(origin), within(1.0));
        }
    }

    @Test
    void carsMileageFollowsTheModelYearAsWellAsTheOrigin() {
        // mpg follows origin (per-origin hints) and year (shifts); origin and year are linked (V 0.16), because
        // part of the rise of mileage by year is the rise of the Japanese share
        Function<JsonNode, Double> mpg = r -> r.get("Miles_per_Gallon").isNumber() ? r.get("Miles_per_Gallon").asDouble()
                : Double.NaN;
        List<JsonNode> real = RecordFiles.read(DATA.resolve("cars.json"));
        Map<String, Double> realMeans = means(real, r -> r.get("Year").asText(), mpg);
        FactorySpec spec = spec("cars", CreateOptions.defaults());
        Map<String, Double> genMeans = means(Factory.of(spec).seed(9).build(8000), r -> (String) r.get("Year"),
                r -> r.get("Miles_per_Gallon") instanceof Number n ? n.doubleValue() : Double.NaN);
        assertThat(genMeans.keySet()).isEqualTo(realMeans.keySet());
        // 1970-1973 average 17-20 mpg, 1980-1982 above 30
        for (String year : realMeans.keySet()) {
            assertThat(genMeans.get(year)).as(year).isCloseTo(realMeans.get(year), within(2.5));
        }
        List<String> linked = new ArrayList<>();
        for (JsonNode r : spec.extension("relations")) {
            if (r.get("kind").asText().equals("categorical")) {
                linked.add(r.get("parent").asText() + " -> " + r.get("child").asText());
            }
        }
        assertThat(linked).containsAnyOf("Year -> Origin", "Origin -> Year");
    }

    @Test
    void moviesBudgetFollowsGenreAndRating() {
        // a number shifted by several categories at once keeps its association with each (category_shifts)
        List<JsonNode> real = RecordFiles.read(DATA.resolve("movies.json"));
        String budget = "Production Budget";
        List<Map<String, Object>> generated = Factory.of(spec("movies", CreateOptions.defaults())).seed(2).build(6000);
        for (String parent : List.of("Major Genre", "MPAA Rating")) {
            Map<String, Double> realMeans = means(real, r -> r.get(parent).isTextual() ? r.get(parent).asText() : null,
                    r -> r.get(budget).isNumber() ? r.get(budget).asDouble() : Double.NaN);
            Map<String, Double> genMeans = means(generated, r -> (String) r.get(parent),
                    r -> r.get(budget) instanceof Number n ? n.doubleValue() : Double.NaN);
            List<String> keys = realMeans.keySet().stream().filter(k -> k != null && genMeans.containsKey(k)).toList();
            double[] x = keys.stream().mapToDouble(realMeans::get).toArray();
            double[] y = keys.stream().mapToDouble(genMeans::get).toArray();
            // the per-category means of the budget line up with the real ones
            assertThat(new org.hipparchus.stat.correlation.PearsonsCorrelation().correlation(x, y)).as(parent)
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void moviesBudgetVersusGrossKeepsItsRankCorrelation() {
        // budget and gross are shifted by the same categories and joined by a copula: the copula correlates what
        // the shifts leave, else the categories' share of the covariance comes twice (0.80 generated for 0.675)
        List<JsonNode> real = RecordFiles.read(DATA.resolve("movies.json"));
        List<Map<String, Object>> generated = Factory.of(spec("movies", CreateOptions.defaults())).seed(5).build(6000);
        for (String gross : List.of("Worldwide Gross", "US Gross")) {
            double realRho = Spearman.of(real.stream().filter(r -> r.get(BUDGET).isNumber() && r.get(gross).isNumber())
                    .map(r -> new double[] {r.get(BUDGET).asDouble(), r.get(gross).asDouble()}).toList());
            double genRho = Spearman.of(generated.stream()
                    .filter(r -> r.get(BUDGET) instanceof Number && r.get(gross) instanceof Number)
                    .map(r -> new double[] {((Number) r.get(BUDGET)).doubleValue(),
                        ((Number) r.get(gross)).doubleValue()}).toList());
            assertThat(realRho).as(gross).isBetween(0.6, 0.7);
            assertThat(genRho).as(gross).isCloseTo(realRho, within(0.05));
        }
    }

    @Test
    void moviesCopulaPairsKeepTheirRankCorrelations() {
        // the copula is calibrated by simulation: before, shifts drawn from learned category combinations left
        // IMDB votes vs worldwide gross at 0.60 for a real 0.66, and the 28 pairs 0.04 off on average
        FactorySpec spec = spec("movies", CreateOptions.defaults());
        JsonNode copula = null;
        for (JsonNode r : spec.extension("relations")) {
            if (r.get("kind").asText().equals("copula")) {
                copula = r;
            }
        }
        assertThat(copula).isNotNull();
        List<String> fields = new ArrayList<>();
        copula.get("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("IMDB Votes", "Worldwide Gross", "US Gross", BUDGET);
        List<JsonNode> real = RecordFiles.read(DATA.resolve("movies.json"));
        List<Map<String, Object>> generated = Factory.of(spec).seed(7).build(10_000);
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < fields.size(); a++) {
            for (int b = 0; b < a; b++) {
                String x = fields.get(a);
                String y = fields.get(b);
                double realRho = Spearman.of(real.stream().filter(r -> r.get(x).isNumber() && r.get(y).isNumber())
                        .map(r -> new double[] {r.get(x).asDouble(), r.get(y).asDouble()}).toList());
                double genRho = Spearman.of(generated.stream()
                        .filter(r -> r.get(x) instanceof Number && r.get(y) instanceof Number)
                        .map(r -> new double[] {((Number) r.get(x)).doubleValue(), ((Number) r.get(y)).doubleValue()})
                        .toList());
                boolean named = x.equals("IMDB Votes") && y.endsWith("Gross");
                assertThat(genRho).as(x + " vs " + y).isCloseTo(realRho, within(named ? 0.03 : 0.08));
                sum += Math.abs(genRho - realRho);
                pairs++;
            }
        }
        assertThat(sum / pairs).as("mean difference").isLessThan(0.025);
    }

    @Test
    void moviesRatingAndSourceFollowGenreAsWellAsCreativeType() {
        // genre -> creative type -> rating (and -> source) as a chain drew genre and rating half as associated as
        // they are (V 0.15 for 0.27); they shift the same numbers, so rating and source get a table of both
        JsonNode relations = spec("movies", CreateOptions.defaults()).extension("relations");
        for (String child : List.of("MPAA Rating", "Source")) {
            JsonNode joint = find(relations, "categorical_joint", child);
            List<String> parents = new ArrayList<>();
            joint.get("parents").forEach(p -> parents.add(p.asText()));
            assertThat(parents).as(child).containsExactlyInAnyOrder("Creative Type", "Major Genre");
        }
        List<JsonNode> real = RecordFiles.read(DATA.resolve("movies.json"));
        List<Map<String, Object>> generated = Factory.of(spec("movies", CreateOptions.defaults())).seed(6).build(6000);
        for (String child : List.of("MPAA Rating", "Source")) {
            double realV = cramersV(real.stream().map(r -> new String[] {text(r.get("Major Genre")), text(r.get(child))}));
            double genV = cramersV(generated.stream().map(r -> new String[] {
                r.get("Major Genre") instanceof String g ? g : null, r.get(child) instanceof String c ? c : null}));
            assertThat(realV).as(child).isBetween(0.2, 0.35);
            assertThat(genV).as(child).isCloseTo(realV, within(0.05));
        }
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** Cramér's V (bias-corrected, as the learner measures it) of the pairs where both values are present. */
    private static double cramersV(java.util.stream.Stream<String[]> pairs) {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        List<int[]> cells = new ArrayList<>();
        pairs.filter(p -> p[0] != null && p[1] != null).forEach(p -> cells.add(new int[] {
            rows.computeIfAbsent(p[0], k -> rows.size()), cols.computeIfAbsent(p[1], k -> cols.size())}));
        long[][] t = new long[rows.size()][cols.size()];
        cells.forEach(c -> t[c[0]][c[1]]++);
        return Association.cramersV(t);
    }

    @Test
    void countriesUnRegionalGroupFollowsMembershipAndRegion() {
        // real: 56 non-members, all without a group; 193 of 194 members with one (a table of two parents or a chain)
        List<Map<String, Object>> generated = Factory.of(spec("countries", CreateOptions.defaults())).seed(4).build(3000);
        long members = generated.stream().filter(r -> Boolean.TRUE.equals(r.get("unMember"))).count();
        long agree = generated.stream().filter(r -> r.get("unMember") instanceof Boolean m
                && m == !"".equals(r.get("unRegionalGroup"))).count();
        assertThat(members / 3000.0).isCloseTo(194 / 250.0, within(0.03));
        assertThat(agree / 3000.0).isGreaterThan(0.97);
    }

    @Test
    void overridingOneCorrelatedNumberPullsTheOthers() {
        Factory cars = Factory.of(spec("cars", CreateOptions.defaults())).seed(6);
        double heavy = meanMpg(cars.with("Weight_in_lbs", 4600L).build(1000));
        double light = meanMpg(cars.with("Weight_in_lbs", 1900L).build(1000));
        double free = meanMpg(cars.build(1000));
        // real cars: about 13 mpg above 4,500 lbs, about 33 below 2,000 lbs, 23.5 overall
        assertThat(heavy).isLessThan(17);
        assertThat(light).isGreaterThan(29);
        assertThat(free).isBetween(21.0, 26.0);
        assertThat(cars.with("Weight_in_lbs", 4600L).build(50)).allSatisfy(r ->
                assertThat(r.get("Weight_in_lbs")).isEqualTo(4600L));
        // a value outside the learned range or of another type never fails
        assertThat(cars.with("Weight_in_lbs", "heavy").build(20)).hasSize(20);
        assertThat(cars.with("Weight_in_lbs", 99999L).build(20)).hasSize(20);
    }

    private static double meanMpg(List<Map<String, Object>> records) {
        return records.stream().filter(r -> r.get("Miles_per_Gallon") instanceof Number)
                .mapToDouble(r -> ((Number) r.get("Miles_per_Gallon")).doubleValue()).average().orElseThrow();
    }

    private static List<double[]> generated(FactorySpec spec, int n) {
        List<double[]> out = new ArrayList<>();
        for (Map<String, Object> r : Factory.of(spec).seed(4).build(n)) {
            if (r.get("Weight_in_lbs") instanceof Number w && r.get("Miles_per_Gallon") instanceof Number m) {
                out.add(new double[] {w.doubleValue(), m.doubleValue()});
            }
        }
        return out;
    }

    @Test
    void githubWebhooksSpecStaysSmall() {
        FactorySpec spec = spec("github-webhooks", CreateOptions.defaults());
        assertThat(spec.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(2_000_000);
    }

    @Test
    void pythonCompatibleOutputHasNoRelations() {
        FactorySpec ours = spec("penguins", CreateOptions.defaults());
        assertThat(ours.toJson()).contains("\"relations\"");
        assertThat(ours.toJson(true)).doesNotContain("\"relations\"");
        FactorySpec py = spec("penguins", CreateOptions.defaults().pythonCompatible(true));
        assertThat(py.extension("relations")).isNull();
        assertThat(py.toJson()).doesNotContain("\"relations\"");
    }

    static JsonNode find(JsonNode relations, String kind, String child) {
        for (JsonNode r : relations) {
            if (r.get("kind").asText().equals(kind) && r.path("child").asText().equals(child)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " relation for " + child + " in " + relations);
    }

    private static <T> Map<String, Double> means(List<T> records, Function<T, String> group, Function<T, Double> value) {
        Map<String, double[]> acc = new HashMap<>();
        for (T r : records) {
            double v = value.apply(r);
            String g = group.apply(r);
            if (!Double.isNaN(v) && g != null) {
                double[] a = acc.computeIfAbsent(g, k -> new double[2]);
                a[0] += v;
                a[1]++;
            }
        }
        Map<String, Double> out = new HashMap<>();
        acc.forEach((k, a) -> out.put(k, a[0] / a[1]));
        return out;
    }
}
