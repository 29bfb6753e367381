package io.factoreally.internal.relations;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.SpecFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The relations section: validated on load with the relation's index, applied by generation. */
class RelationsSpecTest {
    private static final String FIELDS = """
            "fields": {
              "country": {"CHOICE": {"choices": ["DE", "US"], "weights": [0.5, 0.5]}},
              "currency": {"CHOICE": {"choices": ["EUR", "USD"], "weights": [0.5, 0.5]}},
              "price": {"NUMBER": {"min": 0.0, "max": 100.0, "prec": 2}},
              "qty": {"NUMBER": {"min": 1, "max": 1000}},
              "meta.note": {"CHOICE": {"choices": ["a"]}}
            }""";

    private static FactorySpec spec(String relations) {
        return FactorySpec.fromJson("{" + FIELDS + ", \"relations\": " + relations + "}");
    }

    private static final String TABLE = """
            {"kind": "categorical", "parent": "country", "child": "currency", "strength": 1.0, "table": [
              {"when": "DE", "share": 0.5, "values": ["EUR"], "weights": [1.0]},
              {"when": "US", "share": 0.5, "values": ["USD"], "weights": [1.0]}]}""";

    @Test
    void handWrittenRelationsAreApplied() {
        FactorySpec spec = spec("[" + TABLE + ", {\"kind\": \"copula\", \"fields\": [\"price\", \"qty\"],"
                + " \"correlation\": [[1, -0.9], [-0.9, 1]]}]");
        List<Map<String, Object>> records = Factory.of(spec).seed(1).build(2000);
        assertThat(records).allSatisfy(r -> assertThat(r.get("currency"))
                .isEqualTo(r.get("country").equals("DE") ? "EUR" : "USD"));
        List<double[]> pairs = records.stream()
                .map(r -> new double[] {((Number) r.get("price")).doubleValue(), ((Number) r.get("qty")).doubleValue()})
                .toList();
        // Gaussian copula with r = -0.9: Spearman = 6 / pi * asin(-0.45) = -0.891
        assertThat(Spearman.of(pairs)).isCloseTo(-0.891, within(0.02));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("qty")).isInstanceOf(Long.class);
            assertThat((Long) r.get("qty")).isBetween(1L, 1000L);
            assertThat((Double) r.get("price")).isBetween(0.0, 100.0);
        });
    }

    @Test
    void relationsRoundTrip() {
        FactorySpec spec = spec("[" + TABLE + "]");
        assertThat(FactorySpec.fromJson(spec.toJson()).toJson()).isEqualTo(spec.toJson());
    }

    @Test
    void unknownKindIsRejected() {
        assertThatThrownBy(() -> spec("[" + TABLE + ", {\"kind\": \"magic\"}]"))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: relations[1] (magic): unknown kind \"magic\" (known: categorical, "
                        + "numeric_by_category, copula, copresence, category_shifts, categorical_joint, tuples, nulls)");
    }

    @Test
    void unknownFieldIsRejected() {
        assertThatThrownBy(() -> spec("[" + TABLE.replace("\"child\": \"currency\"", "\"child\": \"curency\"") + "]"))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: relations[0] (categorical): field \"curency\" is not a field of the spec");
        // members of nested objects may be joined, but only with members of the same object
        assertThatThrownBy(() -> spec("[" + TABLE.replace("\"child\": \"currency\"", "\"child\": \"meta.note\"") + "]"))
                .hasMessage("<json>: relations[0] (categorical): fields \"country\" and \"meta.note\" are members of "
                        + "different objects (a relation joins members of one object)");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"tags\": {\"ARRAY\": {}, \"NUMBER\": {\"min\": 1, \"max\": 2}},"
                + " \"tags[]\": {\"CHOICE\": {\"choices\": [\"a\", \"b\"]}}, \"kind\": {\"CHOICE\": {\"choices\": [\"x\", \"y\"]}}},"
                + " \"relations\": [" + TABLE.replace("\"country\"", "\"kind\"").replace("\"currency\"", "\"tags[]\"") + "]}"))
                .hasMessage("<json>: relations[0] (categorical): field \"tags[]\" is an array element or a map value, "
                        + "not a member (relations join members of objects)");
    }

    @Test
    void malformedTablesAndMatricesAreRejected() {
        assertThatThrownBy(() -> spec("[" + TABLE.replace("\"weights\": [1.0]}]", "\"weights\": [1.0, 0.0]}]") + "]"))
                .hasMessage("<json>: relations[0] (categorical): table: \"values\" and \"weights\" differ in length "
                        + "(1 vs 2)");
        assertThatThrownBy(() -> spec("[{\"kind\": \"copula\", \"fields\": [\"price\", \"qty\"],"
                + " \"correlation\": [[1, 0.5], [0.4, 1]]}]"))
                .hasMessage("<json>: relations[0] (copula): \"correlation\" must be symmetric ([1][0] != [0][1])");
        assertThatThrownBy(() -> spec("[{\"kind\": \"copula\", \"fields\": [\"price\", \"qty\"],"
                + " \"correlation\": [[1, 1.5], [1.5, 1]]}]"))
                .hasMessage("<json>: relations[0] (copula): \"correlation\"[0][1] must be a number in [-1, 1], got 1.5");
        assertThatThrownBy(() -> spec("{}"))
                .hasMessage("<json>: \"relations\" must be an array of relation objects, got object");
        assertThatThrownBy(() -> spec("[" + TABLE.replace("\"strength\": 1.0, ", "") + "]"))
                .hasMessage("<json>: relations[0] (categorical): missing \"strength\"");
    }

    private static String shifts(String by, String cdf) {
        return "[{\"kind\": \"category_shifts\", \"child\": \"price\", \"strength\": 0.5, \"shifts\": ["
                + "{\"parent\": \"country\", \"when\": [\"DE\", \"US\"], \"by\": " + by + ", \"other\": 0}],"
                + " \"scale\": 0.6, \"cdf\": " + cdf + "}]";
    }

    /** The distribution of +-0.8 (even odds) + 0.6 N(0, 1) on the grid of Relation.Shifts. */
    private static String mixtureCdf() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Relation.Shifts.CDF_POINTS; i++) {
            double z = Relation.Shifts.CDF_MIN + i * Relation.Shifts.CDF_STEP;
            double p = 0.5 * Correlations.phi((z + 0.8) / 0.6) + 0.5 * Correlations.phi((z - 0.8) / 0.6);
            b.append(i == 0 ? "" : ", ").append(RelationsCodec.round(p));
        }
        return b.append("]").toString();
    }

    @Test
    void handWrittenShiftsMoveTheNumberAndKeepItsMarginal() {
        FactorySpec spec = spec(shifts("[-0.8, 0.8]", mixtureCdf()));
        List<Map<String, Object>> records = Factory.of(spec).seed(4).build(8000);
        double[] de = records.stream().filter(r -> r.get("country").equals("DE"))
                .mapToDouble(r -> (Double) r.get("price")).toArray();
        double[] us = records.stream().filter(r -> r.get("country").equals("US"))
                .mapToDouble(r -> (Double) r.get("price")).toArray();
        // price stays uniform on [0, 100] overall; DE gets the lower part: P(score < 0 | DE) = Phi(0.8 / 0.6)
        assertThat(java.util.Arrays.stream(de).filter(p -> p < 50).count() / (double) de.length)
                .isCloseTo(Correlations.phi(0.8 / 0.6), within(0.02));
        assertThat(java.util.Arrays.stream(us).filter(p -> p < 50).count() / (double) us.length)
                .isCloseTo(1 - Correlations.phi(0.8 / 0.6), within(0.02));
        long low = records.stream().filter(r -> (Double) r.get("price") < 25).count();
        assertThat(low / 8000.0).isCloseTo(0.25, within(0.015));
        // overriding the parent moves the number, never fails
        List<Map<String, Object>> germans = Factory.of(spec).seed(4).with("country", "DE").build(2000);
        assertThat(germans.stream().filter(r -> (Double) r.get("price") < 50).count() / 2000.0)
                .isCloseTo(Correlations.phi(0.8 / 0.6), within(0.03));
        assertThat(Factory.of(spec).seed(4).with("country", "FR").build(50)).hasSize(50);
    }

    @Test
    void malformedShiftsAreRejected() {
        assertThatThrownBy(() -> spec(shifts("[-0.8]", mixtureCdf())))
                .hasMessage("<json>: relations[0] (category_shifts): shifts: \"when\" and \"by\" differ in length "
                        + "(2 vs 1)");
        assertThatThrownBy(() -> spec(shifts("[-0.8, 0.8]", "[0.5, 0.4]")))
                .hasMessage("<json>: relations[0] (category_shifts): \"cdf\" must have 49 values, got 2");
        assertThatThrownBy(() -> spec(shifts("[-0.8, 0.8]", mixtureCdf()).replace("\"scale\": 0.6", "\"scale\": 0")))
                .hasMessage("<json>: relations[0] (category_shifts): \"scale\" must be a number above 0, got 0");
    }

    @Test
    void singularCorrelationStillGenerates() {
        // pairwise estimates that do not form a valid matrix are repaired, never a failure
        FactorySpec spec = FactorySpec.fromJson("{\"fields\": {\"a\": {\"NUMBER\": {\"min\": 0.0, \"max\": 1.0, \"prec\": 3}},"
                + " \"b\": {\"NUMBER\": {\"min\": 0.0, \"max\": 1.0, \"prec\": 3}},"
                + " \"c\": {\"NUMBER\": {\"min\": 0.0, \"max\": 1.0, \"prec\": 3}}},"
                + " \"relations\": [{\"kind\": \"copula\", \"fields\": [\"a\", \"b\", \"c\"],"
                + " \"correlation\": [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]}]}");
        assertThat(Factory.of(spec).seed(2).build(100)).allSatisfy(r -> assertThat(r).containsKeys("a", "b", "c"));
    }
}
