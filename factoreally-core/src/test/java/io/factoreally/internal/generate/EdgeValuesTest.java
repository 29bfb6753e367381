package io.factoreally.internal.generate;

import io.factoreally.EdgeCase;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary values of each hint type, exactly as an edge-case record carries them. */
class EdgeValuesTest {

    private static List<EdgeCase<Map<String, Object>>> cases(String fields) {
        return Factory.of(FactorySpec.fromJson("{\"fields\": {" + fields + "}}")).seed(4).edgeCaseList();
    }

    private static List<Object> values(List<EdgeCase<Map<String, Object>>> cases, String field) {
        return cases.stream().map(c -> c.record().get(field)).toList();
    }

    @Test
    void numbersTakeMinMaxZeroAndMinusOneWrittenAsTheSamplerWritesThem() {
        var cases = cases("\"t\": {\"NUMBER\": {\"min\": -5.25, \"max\": 7.5, \"prec\": 1}},"
                + " \"n\": {\"NUMSTR\": {\"min\": -3, \"max\": 12}},"
                + " \"big\": {\"NUMBER\": {\"min\": 0.12345678901234567890123, \"max\": 1.5, \"prec\": 17}}");
        // -5.25 at prec 1 rounds (half-even) to -5.2, still in range: the smallest value the sampler writes
        assertThat(values(cases, "t")).containsExactly(-5.2, 7.5, 0.0, -1.0);
        assertThat(values(cases, "n").subList(0, 4)).containsExactly("-3", "12", "0", "-1");
        assertThat(values(cases, "big").get(0)).isEqualTo(new BigDecimal("0.12345678901234567890123"));
        assertThat(cases).extracting(EdgeCase::label).startsWith("t=min, n=min, big=min", "t=max, n=max, big=max");
    }

    @Test
    void templatesTakeEveryAlternativeAndTheirShortestAndLongestRendering() {
        var cases = cases("\"code\": {\"TEMPLATE\": {\"templates\": [[{\"lit\": \"A-\"}, {\"int\": [7, 1200], \"width\": 3}],"
                + " [{\"chars\": \"a-z\", \"min\": 2, \"max\": 6}]]}}");
        assertThat(cases).extracting(EdgeCase::label)
                .containsExactly("code=format 1/2", "code=format 2/2", "code=shortest", "code=longest");
        List<Object> v = values(cases, "code");
        assertThat((String) v.get(0)).matches("A-[0-9]{3,4}");
        assertThat((String) v.get(1)).matches("[a-z]{2,6}");
        assertThat((String) v.get(2)).matches("[a-z]{2}");
        assertThat(v.get(3)).isEqualTo("A-1200");
    }

    @Test
    void textsDatesVersionsAndDurationsTakeTheirExtremes() {
        var cases = cases("\"bio\": {\"TEXT\": {\"min\": 3, \"max\": 30}},"
                + " \"day\": {\"DATE\": {\"min\": \"2024-01-31\", \"max\": \"2024-03-02\", \"format\": \"dd/MM/yyyy\"}},"
                + " \"at\": {\"DATETIME\": {\"min\": \"2024-01-01T00:00:00+02:00\", \"max\": \"2024-06-01T12:30:00.5+02:00\"}},"
                + " \"v\": {\"VERSION\": {\"pattern_type\": \"Version\", \"examples\": [\"1.2.3\", \"2.0.1\"]}},"
                + " \"d\": {\"DURATION\": {\"fmt\": \"HMS\", \"min\": 5, \"max\": 90061, \"avg\": 300.0}}");
        assertThat(values(cases, "bio")).containsExactly("lor", "lorem ipsum dolor sit amet");
        assertThat(values(cases, "day")).containsExactly("31/01/2024", "02/03/2024");
        assertThat(values(cases, "at")).containsExactly("2024-01-01T00:00:00+02:00", "2024-06-01T12:30:00.500000+02:00");
        assertThat(values(cases, "v")).containsExactly("1.0.1", "3.7.13");
        assertThat(values(cases, "d")).containsExactly("00:00:05", "25:01:01");
    }

    @Test
    void dynamicMapsAndArraysTakeEmptyAndLargestAndTheirValuesBoundaries() {
        var cases = cases("\"m\": {\"OBJECT\": {}, \"NUMBER\": {\"min\": 0, \"max\": 3}},"
                + " \"m.{}\": {\"NUMBER\": {\"min\": 1, \"max\": 2}},"
                + " \"a\": {\"ARRAY\": {}, \"NUMBER\": {\"min\": 2, \"max\": 5}, \"NULL\": {\"pct\": 1}}");
        assertThat(cases).extracting(EdgeCase::label).containsExactly(
                "m=largest, m.{}=min, a=shortest", "m.{}=max, a=longest", "m=empty, a=null");
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) cases.get(0).record().get("m")).values())).hasSize(3).containsOnly(1L);
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) cases.get(1).record().get("m")).values())).isNotEmpty().containsOnly(2L);
        assertThat(cases.get(2).record().get("m")).isEqualTo(Map.of());
        assertThat((List<?>) cases.get(0).record().get("a")).hasSize(2);
        assertThat((List<?>) cases.get(1).record().get("a")).hasSize(5);
        assertThat(cases.get(2).record()).containsEntry("a", null);
    }

    @Test
    void dynamicMapKeysTakeEveryLearnedKeyFormat() {
        String fields = "\"m\": {\"OBJECT\": {}, \"NUMBER\": {\"min\": 0, \"max\": 2},"
                + " \"TEMPLATE\": {\"templates\": [[{\"lit\": \"utm_\"}, {\"chars\": \"a-z\", \"min\": 3, \"max\": 3}],"
                + " [{\"int\": [1, 99], \"width\": 2}]]}},"
                + " \"m.{}\": {\"CONST\": {\"val\": 1}}";
        var cases = cases(fields);
        assertThat(cases).extracting(EdgeCase::label).containsExactly(
                "m=largest", "m=key format 1/2", "m=key format 2/2", "m=key shortest", "m=key longest", "m=empty");
        assertThat(((Map<?, ?>) cases.get(1).record().get("m")).keySet().iterator().next().toString()).matches("utm_[a-z]{3}");
        assertThat(((Map<?, ?>) cases.get(2).record().get("m")).keySet().iterator().next().toString()).matches("[0-9]{2}");
        assertThat(((Map<?, ?>) cases.get(3).record().get("m")).keySet().iterator().next()).isEqualTo("01");

        EdgeCoverage oracle = new EdgeCoverage(FactorySpec.fromJson("{\"fields\": {" + fields + "}}"));
        cases.forEach(c -> oracle.observe(c.record()));
        assertThat(oracle.uncovered()).isEmpty();
        assertThat(oracle.violations()).isEmpty();
        EdgeCoverage without = new EdgeCoverage(FactorySpec.fromJson("{\"fields\": {" + fields + "}}"));
        without.observe(cases.get(5).record());
        assertThat(without.uncovered()).as("the oracle can fail").contains("m (keys)=format 1", "m (keys)=format 2", "m=size 2");
    }
}
