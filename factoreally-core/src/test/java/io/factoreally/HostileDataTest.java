package io.factoreally;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data that broke the original (spec-format.md Part A rows 15-22) and other hostile shapes: each has
 * a documented behaviour, checked end to end (analysis, spec round trip, generation).
 */
class HostileDataTest {
    private static final CreateOptions OPTIONS = CreateOptions.defaults().threads(1).minOccurrences(1);

    private static AnalysisResult analyze(String json) {
        return SpecCreator.analyze(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data.json", OPTIONS);
    }

    private static Factory reloaded(AnalysisResult result) {
        return Factory.of(FactorySpec.fromJson(result.spec().toJson())).seed(3);
    }

    @Test
    void keysWithPathCharactersUnicodeAndControlCharactersComeBackExactly() {
        List<String> keys = List.of("a.b", "x[]", "m{}", "", "back\\slash", "ünï😀", "tab\there", "nul\u0001");
        StringBuilder records = new StringBuilder("[");
        for (int r = 0; r < 6; r++) {
            records.append(r == 0 ? "" : ",").append('{');
            for (int i = 0; i < keys.size(); i++) {
                String escaped = keys.get(i).replace("\\", "\\\\").replace("\t", "\\t").replace("\u0001", "\\u0001");
                records.append(i == 0 ? "" : ",").append('"').append(escaped).append("\": ").append(i);
            }
            records.append('}');
        }
        Factory factory = reloaded(analyze(records.append(']').toString()));
        assertThat(factory.build().keySet()).containsExactlyElementsOf(keys);
    }

    @Test
    void integersBeyondSixtyFourBitsAndFortyDigitDecimalsKeepTheirValue() {
        BigInteger huge = new BigInteger("123456789012345678901234567890");
        BigDecimal precise = new BigDecimal("0.1234567890123456789012345678901234567890");
        String record = "{\"huge\": " + huge + ", \"precise\": " + precise.toPlainString() + "}";
        Factory factory = reloaded(analyze("[" + record + "," + record + "]"));
        Map<String, Object> built = factory.build();
        assertThat(built.get("huge")).isEqualTo(huge);
        assertThat(new BigDecimal(built.get("precise").toString())).isEqualByComparingTo(precise);
    }

    @Test
    void deeperThanAThousandLevelsIsRejectedWithLineAndColumn() {
        String deep = "[{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}]";
        assertThatThrownBy(() -> analyze(deep))
                .isInstanceOf(FactoreallyException.class)
                .hasMessageStartingWith("data.json: ")
                .hasMessageContaining("line 1, column ")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aRecordOfOneHundredThousandKeysIsAnalysedAsADynamicMapOrFields() {
        Map<String, Object> wide = new LinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            wide.put("k" + i, i);
        }
        List<Object> records = new ArrayList<>();
        records.add(Map.of("wide", wide));
        records.add(Map.of("wide", Map.of("k1", 1)));
        AnalysisResult result = SpecCreator.analyze(records, OPTIONS);
        String json = result.spec().toJson();
        assertThat(json.length()).as("spec size").isLessThan(2_000_000);
        Map<String, Object> built = reloaded(result).build();
        assertThat(built).containsKey("wide");
    }

    @Test
    void mixedTypesOnOnePathKeepAllTheirTypes() {
        Factory factory = reloaded(analyze("[{\"v\": 1}, {\"v\": \"one\"}, {\"v\": true}, {\"v\": 1.5}, {\"v\": null}]"
                .repeat(1).replace("][", ",")));
        List<Class<?>> seen = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Object v = factory.build().get("v");
            if (v != null && !seen.contains(v.getClass())) {
                seen.add(v.getClass());
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void emptyInputGivesAnEmptySpecThatBuildsNothing() {
        AnalysisResult result = analyze("[]");
        assertThat(result.records()).isZero();
        assertThat(result.spec().paths()).isEmpty();
        assertThat(reloaded(result).build()).isNull();
    }
}
