package io.factoreally;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.FidelityReport.FieldResult;
import io.factoreally.FidelityReport.PairResult;
import io.factoreally.internal.evaluate.RecordFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FidelityTest {
    static final Path DATA = Path.of("../../shared/data");

    static List<Map<String, Object>> records(int n, IntFunction<Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.apply(i));
        }
        return out;
    }

    static Map<String, Object> rec(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static FieldResult field(FidelityReport r, String path) {
        return r.fields().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + r.fields().stream().map(FieldResult::path).toList()));
    }

    static PairResult pair(FidelityReport r, String kind, String a, String b) {
        return r.pairs().stream().filter(p -> p.kind().equals(kind) && (p.first().equals(a) && p.second().equals(b)
                || p.first().equals(b) && p.second().equals(a))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " pair " + a + "/" + b + " in " + r.pairs()));
    }

    @Test
    void identicalDataScoresOneEverywhere() {
        List<JsonNode> cars = RecordFiles.read(DATA.resolve("cars.json"));
        FidelityReport r = Fidelity.evaluate(cars, cars);
        assertThat(r.fields()).extracting(FieldResult::path).contains("Name", "Miles_per_Gallon", "Cylinders",
                "Origin", "Year");
        for (FieldResult f : r.fields()) {
            assertThat(f.score()).as(f.path()).isEqualTo(1.0);
            assertThat(f.presenceReal()).isEqualTo(f.presenceSynthetic());
            assertThat(f.nullRateReal()).isEqualTo(f.nullRateSynthetic());
        }
        assertThat(r.pairs()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.distance()).isZero();
            assertThat(p.score()).isEqualTo(1.0);
        });
        assertThat(r.summary().fieldScore()).isEqualTo(1.0);
        assertThat(r.summary().pairScore()).isEqualTo(1.0);
        assertThat(r.summary().strongPairsNearBaseline()).isEqualTo(r.summary().strongPairCount()).isPositive();
        assertThat(r.summary().extraSyntheticFieldCount()).isZero();
    }

    @Test
    void carsHaveTheDocumentedStrongNumericPairs() {
        List<JsonNode> cars = RecordFiles.read(DATA.resolve("cars.json"));
        FidelityReport r = Fidelity.evaluate(cars, cars);
        PairResult weightMpg = pair(r, "numeric", "Weight_in_lbs", "Miles_per_Gallon");
        assertThat(weightMpg.associationReal()).isLessThan(-0.8);
        assertThat(weightMpg.strong()).isTrue();
        assertThat(field(r, "Cylinders").kind()).isEqualTo("category");
        assertThat(field(r, "Horsepower").kind()).isEqualTo("number");
        assertThat(field(r, "Name").kind()).isEqualTo("string");
        // the baseline: two halves of real data are close but not identical
        assertThat(r.summary().baselineFieldScore()).isBetween(0.8, 0.999);
        assertThat(r.summary().baselineStrongPairScore()).isBetween(0.85, 0.999);
    }

    @Test
    void shiftedNumbersScoreOneMinusKs() {
        FidelityReport r = Fidelity.evaluate(records(100, i -> rec("x", i + 0.5)), records(100, i -> rec("x", i + 50.5)));
        FieldResult x = field(r, "x");
        assertThat(x.kind()).isEqualTo("number");
        assertThat(x.shape()).isCloseTo(0.5, within(1e-12));
        assertThat(x.score()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void categoriesScoreOneMinusTotalVariation() {
        FidelityReport r = Fidelity.evaluate(records(100, i -> rec("color", i % 2 == 0 ? "red" : "blue")),
                records(100, i -> rec("color", "red")));
        FieldResult c = field(r, "color");
        assertThat(c.kind()).isEqualTo("category");
        assertThat(c.shape()).isCloseTo(0.5, within(1e-12));
        // bars: most common real first, ties by synthetic share
        assertThat(c.chart().labels()).containsExactly("red", "blue");
        assertThat(c.chart().real()).containsExactly(0.5, 0.5);
        assertThat(c.chart().synthetic()).containsExactly(1.0, 0.0);
    }

    @Test
    void presenceNullsAndTypesMultiplyIntoTheScore() {
        FidelityReport r = Fidelity.evaluate(
                records(100, i -> i % 2 == 0 ? rec("id", i, "a", i) : rec("id", i)),
                records(100, i -> rec("id", i, "a", i % 4 == 0 ? null : i)));
        FieldResult a = field(r, "a");
        assertThat(a.presenceReal()).isEqualTo(0.5);
        assertThat(a.presenceSynthetic()).isEqualTo(1.0);
        assertThat(a.nullRateReal()).isZero();
        assertThat(a.nullRateSynthetic()).isEqualTo(0.25);
        assertThat(a.score()).isCloseTo(a.shape() * 0.5 * 0.75, within(1e-12));

        FidelityReport types = Fidelity.evaluate(records(10, i -> rec("v", i)),
                records(10, i -> rec("v", i % 2 == 0 ? i : String.valueOf(i))));
        assertThat(field(types, "v").typeAgreement()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void stringFormatAgreementAndLengths() {
        FidelityReport r = Fidelity.evaluate(records(50, i -> rec("email", "user" + i + "@example.com")),
                records(50, i -> rec("email", "user" + i + "-example.com")));
        FieldResult e = field(r, "email");
        assertThat(e.kind()).isEqualTo("string");
        assertThat(e.measure()).isEqualTo("format+length");
        // no synthetic value is an email; lengths are identical
        assertThat(e.shape()).isCloseTo(0.5, within(1e-12));
        assertThat(e.chart().labels()).containsExactly("email", "word");
    }

    @Test
    void numericPairsCompareSpearman() {
        FidelityReport r = Fidelity.evaluate(records(50, i -> rec("x", i * 1.5, "y", i * 2.5 + 1)),
                records(50, i -> rec("x", i * 1.5, "y", -i * 2.5)));
        PairResult p = pair(r, "numeric", "x", "y");
        assertThat(p.associationReal()).isCloseTo(1, within(1e-12));
        assertThat(p.associationSynthetic()).isCloseTo(-1, within(1e-12));
        assertThat(p.distance()).isCloseTo(2, within(1e-12));
        assertThat(p.score()).isZero();
        assertThat(r.summary().strongPairScore()).isZero();
        assertThat(r.summary().strongPairsNearBaseline()).isZero();
    }

    @Test
    void categoricalPairsCompareContingencyTables() {
        String[] countries = {"DE", "FR", "US", "JP"};
        String[] currencies = {"EUR", "EUR", "USD", "JPY"};
        FidelityReport r = Fidelity.evaluate(
                records(400, i -> rec("country", countries[i % 4], "currency", currencies[i % 4])),
                records(400, i -> rec("country", countries[i % 4], "currency", currencies[(i / 4) % 4])));
        PairResult p = pair(r, "categorical", "country", "currency");
        // country determines currency (bias-corrected V of a 4x3 table of 400: just below 1)
        assertThat(p.associationReal()).isCloseTo(1, within(0.002));
        assertThat(p.associationSynthetic()).isCloseTo(0, within(1e-9));
        // real: DE-EUR, FR-EUR, US-USD, JP-JPY 1/4 each. Synthetic: every country with EUR 2/16 and with
        // USD and JPY 1/16 each; the overlap is min(1/4, synthetic share) on the 4 real cells:
        // 2/16 + 2/16 + 1/16 + 1/16 = 6/16, so TVD = 1 - 6/16 = 10/16
        assertThat(p.distance()).isCloseTo(10 / 16.0, within(1e-12));
    }

    @Test
    void coPresenceOfOptionalFields() {
        FidelityReport r = Fidelity.evaluate(
                records(200, i -> i % 2 == 0 ? rec("id", i, "coupon", "C" + (i % 3), "discount", 5) : rec("id", i)),
                records(200, i -> {
                    Map<String, Object> m = rec("id", i);
                    if (i % 2 == 0) {
                        m.put("coupon", "C" + (i % 3));
                    }
                    if (i % 4 < 2) {
                        m.put("discount", 5);
                    }
                    return m;
                }));
        PairResult p = pair(r, "co-presence", "coupon", "discount");
        assertThat(p.associationReal()).isCloseTo(1, within(1e-12));
        assertThat(p.associationSynthetic()).isCloseTo(0, within(1e-12));
        // real: both 1/2, neither 1/2; synthetic: 1/4 in each cell -> TVD 1/2
        assertThat(p.distance()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void arraysPoolTheirElementsAndDynamicMapsTheirValues() {
        List<JsonNode> countries = RecordFiles.read(DATA.resolve("countries.json"));
        FidelityReport r = Fidelity.evaluate(countries, countries);
        List<String> paths = r.fields().stream().map(FieldResult::path).toList();
        assertThat(paths).contains("currencies", "currencies.{}", "currencies.{}.name", "languages.{}",
                "name.native.{}.official", "translations.deu.common", "capital", "capital[]", "latlng[]");
        assertThat(paths).noneMatch(p -> p.startsWith("currencies.EUR") || p.startsWith("languages.deu"));
        assertThat(field(r, "capital").measure()).isEqualTo("length-ks");
    }

    @Test
    void sameInputsGiveTheSameReport() {
        List<JsonNode> penguins = RecordFiles.read(DATA.resolve("penguins.json"));
        List<JsonNode> half = penguins.subList(0, 200);
        String a = Fidelity.evaluate(penguins, half, 7).toJson();
        String b = Fidelity.evaluate(penguins, half, 7).toJson();
        assertThat(a).isEqualTo(b);
        assertThat(Fidelity.evaluate(penguins, half, 8).toJson()).isNotEqualTo(a); // the baseline split differs
    }

    @Test
    void penguinsMassDependsOnSpecies() {
        List<JsonNode> penguins = RecordFiles.read(DATA.resolve("penguins.json"));
        FidelityReport r = Fidelity.evaluate(penguins, penguins);
        PairResult p = pair(r, "numeric-by-category", "Species", "Body Mass (g)");
        assertThat(p.first()).isEqualTo("Species");
        assertThat(p.associationReal()).isGreaterThan(0.7);
        assertThat(pair(r, "categorical", "Species", "Island").associationReal()).isGreaterThan(0.6);
    }

    @Test
    void nonObjectRecordsAreReported() {
        assertThatThrownBy(() -> Fidelity.evaluate(List.of(Map.of("a", 1)), List.of(Map.of("a", 1), 5)))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("synthetic record 1 is not a JSON object but number");
    }
}
