package io.factoreally.internal.spec;

import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecCodecTest {
    static final Path SHARED_SPECS = Path.of("../../shared/specs");

    static Stream<Path> originalSpecs() throws IOException {
        return Files.list(SHARED_SPECS).filter(p -> p.toString().endsWith(".spec.json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("originalSpecs")
    void everyOriginalSpecLoadsAndRoundTripsByteForByte(Path file) {
        FactorySpec spec = FactorySpec.read(file);
        assertThat(spec.paths()).isNotEmpty();
        String once = spec.toJson();
        String twice = FactorySpec.fromJson(once).toJson();
        assertThat(twice).isEqualTo(once);
        assertThat(FactorySpec.fromJson(once).paths()).containsExactlyElementsOf(spec.paths());
    }

    @Test
    void intVersusFloatBoundsSurviveARoundTrip() {
        FactorySpec spec = FactorySpec.fromJson("""
                {"fields": {"a": {"NUMBER": {"min": 1, "max": 5}}, "b": {"NUMBER": {"min": 1.0, "max": 5.5, "prec": 1}},
                 "big": {"NUMBER": {"min": 100000000000000000000, "max": 100000000000000000001}}}}""");
        NumberHint a = (NumberHint) spec.hints("a").get(0);
        NumberHint b = (NumberHint) spec.hints("b").get(0);
        NumberHint big = (NumberHint) spec.hints("big").get(0);
        assertThat(a.integralBounds()).isTrue();
        assertThat(b.integralBounds()).isFalse();
        assertThat(big.max()).isEqualTo(new java.math.BigInteger("100000000000000000001"));
        FactorySpec floats = FactorySpec.fromJson("{\"fields\": {\"c\": {\"CHOICE\": {\"choices\": [1.0, 2.50, 3]}}}}");
        assertThat(floats.toJson()).contains("1.0,").contains("2.50,").contains("3\n"); // found by AnalysisFuzzTest
        assertThat(spec.toJson()).contains("\"min\": 1,").contains("\"min\": 1.0,")
                .contains("\"max\": 100000000000000000001");
    }

    @Test
    void writesPythonStyleIndentation() {
        FactorySpec spec = FactorySpec.fromJson("{\"metadata\": {}, \"fields\": {\"id\": {\"UUID4\": {}}}}");
        assertThat(spec.toJson()).isEqualTo("""
                {
                  "metadata": {},
                  "fields": {
                    "id": {
                      "UUID4": {}
                    }
                  }
                }
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"fields\": {\"a\": {\"NUMBR\": {}}}}|<json>: field \"a\": unknown hint \"NUMBR\" (known: ALPHA, ARRAY",
            "{\"fields\": {\"a\": {\"NUMBER\": {\"min\": \"x\", \"max\": 2}}}}|<json>: field \"a\" NUMBER.min must be a number, got string \"x\"",
            "{\"fields\": {\"a\": {\"NUMBER\": {\"min\": 5, \"max\": 2}}}}|<json>: field \"a\" NUMBER.min (5) must not be greater than max (2)",
            "{\"fields\": {\"a\": {\"NULL\": {\"pct\": -3}}}}|<json>: field \"a\" NULL.pct must be a percentage in [0, 100], got -3",
            "{\"fields\": {\"a\": {\"MISSING\": {\"pct\": 101.5}}}}|<json>: field \"a\" MISSING.pct must be a percentage in [0, 100], got 101.5",
            "{\"fields\": {\"a\": {\"CHOICE\": {\"choices\": [1, 2], \"weights\": [1]}}}}|<json>: field \"a\" CHOICE.weights has 1 entries but choices has 2",
            "{\"fields\": {\"a[].b\": {\"UUID4\": {}}}}|<json>: field \"a[].b\": element path below \"a\", which is not declared ARRAY (no such field)",
            "{\"fields\": {\"m.{}\": {\"UUID4\": {}}, \"m\": {\"NULL\": {\"pct\": 1}}}}|<json>: field \"m.{}\": map value path below \"m\", which is not declared OBJECT",
            "{\"fields\": {\"a\": {\"ARRAY\": {}}}}|<json>: field \"a\" ARRAY: needs a NUMBER hint after it for the array length",
            "{\"fields\": {\"a\": {\"ARRAY\": {}, \"NUMBER\": {\"min\": 0, \"max\": 1000000000000}}}}|<json>: field \"a\" NUMBER.max 1000000000000 is too large for an array length (at most 1000000)",
            "{\"fields\": {\"a\": {\"UUID4\": {\"version\": 4}}}}|<json>: field \"a\" UUID4: unknown parameter \"version\"",
            "{\"fields\": {\"a\": {\"NUMBER\": {\"min\": 1, \"max\": 2, \"norm\": [1]}}}}|<json>: field \"a\" NUMBER.norm must have 2 numbers, got 1",
            "{\"fields\": {\"a\": {\"DATE\": {\"min\": \"2024-13-45\", \"max\": \"2024-01-01\"}}}}|<json>: field \"a\" DATE.min must be a date written YYYY-MM-DD, got \"2024-13-45\"",
            "{\"fields\": {\"a\": {\"VERSION\": {\"pattern_type\": \"Version\", \"parts\": [[1, 2], [0, 3]]}}}}|<json>: field \"a\" VERSION.parts must be an array of 3 [min, max] pairs, got array [[1,2],[0,3]]",
            "{\"fields\": {\"a\": {\"VERSION\": {\"pattern_type\": \"Version_Short\", \"parts\": [[1, 2], [3, 0]]}}}}|<json>: field \"a\" VERSION.parts[1] must be [min, max] with integers 0 <= min <= max, got array [3,0]",
            "{\"fields\": {\"a\": {\"VERSION\": {\"pattern_type\": \"Version_Short\", \"parts\": [[1, 2], [0.5, 1]]}}}}|<json>: field \"a\" VERSION.parts[1] must be [min, max] with integers 0 <= min <= max, got array [0.5,1]",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y\"]}}}}|<json>: field \"a\" TEXT.weights is required with words",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"weights\": [1]}}}}|<json>: field \"a\" TEXT.weights needs words",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y z\"], \"weights\": [1, 1]}}}}|<json>: field \"a\" TEXT.words[1] must be a word without spaces, got \"y z\"",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y\"], \"weights\": [1]}}}}|<json>: field \"a\" TEXT.weights must have 2 numbers, got 1",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\"], \"weights\": [-1]}}}}|<json>: field \"a\" TEXT.weights[0] must not be negative, got -1.0",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"next\": [[0]]}}}}|<json>: field \"a\" TEXT.next needs words",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y\"], \"weights\": [1, 1], \"first\": [2]}}}}|<json>: field \"a\" TEXT.first[0] must be a position in words (0 to 1), got number 2",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y\"], \"weights\": [1, 1], \"next\": [[1]]}}}}|<json>: field \"a\" TEXT.next must be an array of 2 arrays (one per word), got array [[1]]",
            "{\"fields\": {\"a\": {\"TEXT\": {\"min\": 1, \"max\": 9, \"words\": [\"x\", \"y\"], \"weights\": [1, 1], \"next\": [[1], [-1]]}}}}|<json>: field \"a\" TEXT.next[1][0] must be a position in words (0 to 1), got number -1",
            "{\"metadata\": {}}|<json>: missing top-level \"fields\" object",
            "[1]|<json>: a spec must be a JSON object with \"fields\", got array [1]",
            "{\"fields\": {\"a\": {}, \"a\": {}}}|<json>: invalid JSON at line 1, column 25: Duplicate field 'a'",
    })
    void badSpecsAreRejectedNamingPathHintAndParameter(String json, String message) {
        assertThatThrownBy(() -> FactorySpec.fromJson(json))
                .isInstanceOf(SpecFormatException.class)
                .hasMessageStartingWith(message);
    }
}
