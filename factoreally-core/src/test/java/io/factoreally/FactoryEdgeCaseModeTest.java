package io.factoreally;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edge-case mode on a small hand-written spec: packing, labels, nesting, overrides, binding, mixing. */
class FactoryEdgeCaseModeTest {
    private static final FactorySpec SPEC = FactorySpec.fromJson("""
            {"fields": {
              "age": {"NUMBER": {"min": 18, "max": 90}},
              "nickname": {"CHOICE": {"choices": ["Al", "Bea", "Cy"]}, "NULL": {"pct": 10}},
              "address": {"MISSING": {"pct": 20}},
              "address.zip": {"NUMBER": {"min": 1000, "max": 9999}},
              "tags": {"ARRAY": {}, "NUMBER": {"min": 0, "max": 4}},
              "tags[]": {"CHOICE": {"choices": ["a", "b"]}},
              "id": {"UUID4": {}},
              "level": {"NUMBER": {"min": 1, "max": 3}, "NULL": {"pct": 5}}
            }}""");

    /** Primitive {@code int age}: fine; {@code nickname} nullable in the spec: held by String. */
    public record User(int age, String nickname) {
    }

    /** A model that cannot hold {@code level=null}. */
    public record Strict(int age, int level) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void boundariesOfDifferentFieldsShareRecordsAndLabelsNameThem() {
        List<EdgeCase<Map<String, Object>>> cases = Factory.of(SPEC).seed(3).edgeCaseList();
        assertThat(cases).extracting(EdgeCase::label).containsExactly(
                "age=min, nickname=\"Al\", address.zip=min, tags=longest, tags[]=\"a\", level=min",
                "age=max, nickname=\"Bea\", address.zip=max, tags[]=\"b\", level=max",
                "nickname=\"Cy\", address=absent, tags=empty, level=null",
                "nickname=null");
        Map<String, Object> first = cases.get(0).record();
        assertThat(first).containsEntry("age", 18L).containsEntry("nickname", "Al").containsEntry("level", 1L)
                .containsEntry("tags", List.of("a", "a", "a", "a"));
        assertThat(first.get("address")).isEqualTo(Map.of("zip", 1000L));
        Map<String, Object> second = cases.get(1).record();
        assertThat((List<Object>) second.get("tags")).as("a descendant's boundary keeps its array non-empty")
                .isNotEmpty().containsOnly("b");
        assertThat(second.get("address")).isEqualTo(Map.of("zip", 9999L));
        assertThat(cases.get(2).record()).doesNotContainKey("address").containsEntry("tags", List.of())
                .containsEntry("level", null);
        assertThat(cases.get(3).record()).containsEntry("nickname", null);
        assertThat(cases).allSatisfy(c -> assertThat((String) c.record().get("id")).hasSize(36));
    }

    @Test
    void overridesWinAndTheOverriddenFieldLeavesThePlan() {
        List<EdgeCase<Map<String, Object>>> cases = Factory.of(SPEC).seed(3).with("nickname", "Zed").edgeCaseList();
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.record()).containsEntry("nickname", "Zed");
            assertThat(c.label()).doesNotContain("nickname");
        });
        assertThat(cases).extracting(EdgeCase::label).contains("age=max, address.zip=max, tags[]=\"b\", level=max");
    }

    @Test
    void typedEdgeCasesSkipWhatTheModelCannotHoldAndReportItOnce() {
        assertThat(Factory.of(SPEC).seed(3).edgeCases(User.class)).hasSize(4)
                .extracting(User::nickname).containsExactly("Al", "Bea", "Cy", null);

        List<String> warnings = new ArrayList<>();
        Logger jul = Logger.getLogger("io.factoreally");
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        try {
            List<EdgeCase<Strict>> strict = Factory.of(SPEC).seed(3).edgeCaseList(Strict.class);
            assertThat(strict).extracting(EdgeCase::label).hasSize(3)
                    .doesNotContain("nickname=\"Cy\", address=absent, tags=empty, level=null");
        } finally {
            jul.removeHandler(h);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).isEqualTo("edge cases: skipped 1 of 4 records that " + Strict.class.getTypeName()
                + " cannot hold: [nickname=\"Cy\", address=absent, tags=empty, level=null] JSON field \"level\" with"
                + " value null cannot be converted to int");
    }

    @Test
    void aMixedStreamHasTheRequestedShareOfEdgeCasesDeterministically() {
        Factory mixed = Factory.of(SPEC).seed(11).withEdgeCases(0.2);
        List<Map<String, Object>> a = mixed.seed(11).stream().limit(5000).toList();
        assertThat(mixed.seed(11).stream().limit(5000).toList()).isEqualTo(a);
        assertThat(mixed.seed(11).recordAt(4321)).isEqualTo(a.get(4321));
        // age 18 or 90 comes up in realistic records 2/73 of the time; in edge cases half the time
        long extremes = a.stream().filter(r -> r.get("age").equals(18L) || r.get("age").equals(90L)).count();
        double expected = 5000 * (0.8 * 2 / 73.0 + 0.2 * 0.5);
        assertThat((double) extremes).isBetween(expected * 0.85, expected * 1.15);
        assertThat(Factory.of(SPEC).seed(11).withEdgeCases(0).stream().limit(100).toList())
                .isEqualTo(Factory.of(SPEC).seed(11).stream().limit(100).toList());
        assertThatThrownBy(() -> mixed.withEdgeCases(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edge-case rate must be between 0 and 1: 1.5");
    }

    @Test
    void aSpecWithoutBoundariesGivesOneTypicalRecord() {
        List<EdgeCase<Map<String, Object>>> cases = Factory.of(FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"UUID4\": {}}, \"kind\": {\"CONST\": {\"val\": \"x\"}}}}")).seed(1).edgeCaseList();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).label()).isEqualTo("typical");
        assertThat(cases.get(0).record()).containsEntry("kind", "x");
    }
}
