package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.ObjectHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.ValueHint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Create a spec from each data set, generate as many records with a fixed seed, and compare per field:
 * presence and null rates within 3 points, numeric means within 5%, CHOICE frequencies within 3 points,
 * string formats kept. Small data sets cannot meet fixed tolerances by chance alone (a 50% rate over 98
 * records has a standard error of 5 points), so each tolerance is widened to 3 standard errors of the
 * difference between input and output where that is larger. Skipped while the generation engine is not
 * on this branch.
 */
class RoundTripTest {
    private static final long SEED = 42;

    static List<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    /** Statistics of one spec path over a set of records. */
    static final class Stats {
        long occurrences;
        long nulls;
        long objects;
        final List<Double> numbers = new ArrayList<>();
        final List<String> strings = new ArrayList<>();
        final Map<String, Long> scalars = new HashMap<>();
        long scalarCount;
    }

    /** Presence, nulls, CHOICE shares and string formats. */
    @ParameterizedTest
    @MethodSource("dataSets")
    void generatedRecordsLookLikeTheInput(String dataSet) throws IOException {
        check(dataSet, false);
    }

    /**
     * Numeric means within 5%. Known gap: when no distribution passes the KS test, NumberFitter returns the
     * observed range without a shape (as the original), which generates uniformly, so skewed or multimodal
     * fields miss their mean (cars Displacement, movies money fields, seattle-weather precipitation/wind,
     * countries area, github ids and counters). Needs an empirical fallback (e.g. a quantile table in NUMBER)
     * in the fitter and the sampler; enable this test when that lands.
     */
    @ParameterizedTest
    @MethodSource("dataSets")
    void numericMeansFollowTheInput(String dataSet) throws IOException {
        check(dataSet, true);
    }

    private void check(String dataSet, boolean means) throws IOException {
        assumeTrue(generationAvailable(), "needs the generation engine (Factory)");
        AnalysisResult r = SpecCreator.analyze(TestAnalysis.DATA.resolve(dataSet + ".json"), CreateOptions.defaults());
        FactorySpec spec = r.spec();
        JsonNode input = RecordReader.MAPPER.readTree(TestAnalysis.DATA.resolve(dataSet + ".json").toFile());
        List<JsonNode> generated = new ArrayList<>();
        for (Map<String, Object> m : Factory.of(spec).seed(SEED).build((int) Math.max(r.records(), 1000))) { // more generated records: less noise on their side
            generated.add(RecordReader.MAPPER.valueToTree(m));
        }
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        Map<String, Stats> in = flatten(spec, input);
        Map<String, Stats> out = flatten(spec, generated);
        for (Map.Entry<String, List<Hint>> field : spec.fields().entrySet()) {
            String path = field.getKey();
            Stats a = in.getOrDefault(path, new Stats());
            Stats b = out.getOrDefault(path, new Stats());
            String parent = parent(path);
            if (parent != null) {
                double pa = rate(a.occurrences, in.get(parent) == null ? r.records() : in.get(parent).objects);
                double pb = rate(b.occurrences, out.get(parent) == null ? r.records() : out.get(parent).objects);
                long n = in.get(parent) == null ? r.records() : in.get(parent).objects;
                soft.assertThat(pb).as(dataSet + " " + path + " presence %").isCloseTo(pa, within(pa, n));
            }
            if (a.occurrences > 0 && b.occurrences > 0) {
                double na = rate(a.nulls, a.occurrences);
                soft.assertThat(rate(b.nulls, b.occurrences)).as(dataSet + " " + path + " null %")
                        .isCloseTo(na, within(na, a.occurrences));
            }
            ValueHint value = firstValue(field.getValue());
            boolean container = field.getValue().stream().anyMatch(h -> h.type().equals("ARRAY")
                    || h.type().equals("OBJECT"));
            if (container || value == null || a.scalarCount == 0 || b.scalarCount == 0) {
                continue;
            }
            if (value instanceof NumberHint) {
                if (means && a.numbers.size() == a.scalarCount) {
                double ma = mean(a.numbers);
                double tolerance = Math.max(0.05 * Math.abs(ma), 3 * sd(a.numbers, ma) * Math.sqrt(2.0 / a.numbers.size()));
                soft.assertThat(mean(b.numbers)).as(dataSet + " " + path + " mean " + value).isCloseTo(ma,
                        org.assertj.core.data.Offset.offset(tolerance + 1e-9));
                }
            } else if (value instanceof ChoiceHint c) {
                for (JsonNode choice : c.choices()) {
                    String key = choice.toString();
                    double sa = rate(a.scalars.getOrDefault(key, 0L), a.scalarCount);
                    soft.assertThat(rate(b.scalars.getOrDefault(key, 0L), b.scalarCount))
                            .as(dataSet + " " + path + " share of " + key).isCloseTo(sa, within(sa, a.scalarCount));
                }
            } else if (!(value instanceof ConstHint) && !(value instanceof TextHint) && !(value instanceof ChoiceHint)
                    && a.strings.size() == a.scalarCount) {
                StringFormat format = formatOf(a.strings);
                if (format != null) {
                    for (String s : b.strings) {
                        soft.assertThat(format.matches(s)).as(dataSet + " " + path + " " + format.name() + ": " + s).isTrue();
                    }
                }
            }
        }
        soft.assertAll();
    }

    private static boolean generationAvailable() {
        try {
            Factory.of(FactorySpec.fromJson("{\"fields\": {\"a\": {\"CONST\": {\"val\": 1}}}}")).seed(1).build();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static StringFormat formatOf(List<String> values) {
        for (StringFormat f : StringFormats.all()) {
            if (values.stream().allMatch(f::matches)) {
                return f;
            }
        }
        return null;
    }

    private static ValueHint firstValue(List<Hint> hints) {
        for (Hint h : hints) {
            if (h instanceof ValueHint v) {
                return v;
            }
        }
        return null;
    }

    /** The parent path for presence, or null for element / map-value paths (always present). */
    private static String parent(String path) {
        List<FieldPath.Segment> segs = FieldPath.parse(path);
        if (!(segs.get(segs.size() - 1) instanceof FieldPath.Member)) {
            return null;
        }
        return FieldPath.format(segs.subList(0, segs.size() - 1));
    }

    static Map<String, Stats> flatten(FactorySpec spec, Iterable<JsonNode> records) {
        Map<String, Stats> out = new LinkedHashMap<>();
        for (JsonNode r : records) {
            walk(spec, "", r, out);
        }
        return out;
    }

    private static void walk(FactorySpec spec, String path, JsonNode v, Map<String, Stats> out) {
        Stats s = out.computeIfAbsent(path, k -> new Stats());
        s.occurrences++;
        if (v.isNull()) {
            s.nulls++;
        } else if (v.isObject()) {
            s.objects++;
            boolean map = spec.hints(path).stream().anyMatch(h -> h instanceof ObjectHint);
            v.fields().forEachRemaining(e -> walk(spec, map ? FieldPath.mapValue(path) : FieldPath.member(path, e.getKey()),
                    e.getValue(), out));
        } else if (v.isArray()) {
            v.forEach(e -> walk(spec, FieldPath.element(path), e, out));
        } else {
            s.scalarCount++;
            s.scalars.merge(v.toString(), 1L, Long::sum);
            if (v.isNumber()) {
                s.numbers.add(v.asDouble());
            } else if (v.isTextual()) {
                s.strings.add(v.asText());
            }
        }
    }

    /** 3 points, or 3 standard errors of the difference of two rates near {@code pct} over {@code n}. */
    private static org.assertj.core.data.Offset<Double> within(double pct, long n) {
        double p = pct / 100;
        double se = 100 * Math.sqrt(2 * p * (1 - p) / Math.max(1, n));
        return org.assertj.core.data.Offset.offset(Math.max(3.0, 3 * se) + 1e-9);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double sd(List<Double> v, double mean) {
        return Math.sqrt(v.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0));
    }
}
