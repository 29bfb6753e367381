package io.factoreally.internal.spec;

import io.factoreally.FactorySpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateCodecTest {
    private static final String SPEC = """
            {"fields": {
              "id": {"TEMPLATE": {"templates": [[{"lit": "ord-"}, {"choice": ["2024", "2023"], "weights": [0.7, 0.3]},
                                                {"lit": "-"}, {"int": [1, 999], "width": 6}],
                                               [{"chars": "A-Z", "min": 3, "max": 3}, {"lit": "-"},
                                                {"chars": "0-9", "min": 4, "max": 5, "first": "1-9"}]],
                                 "weights": [0.75, 0.25]}},
              "u": {"UUID": {"version": 7, "upper": true}},
              "v": {"UUID": {"version": 1}}}}""";

    @Test
    void readsAndWritesTemplatesAndUuids() {
        FactorySpec spec = FactorySpec.fromJson(SPEC);
        TemplateHint t = (TemplateHint) spec.hints("id").get(0);
        assertThat(t.templates()).hasSize(2);
        assertThat(t.templates().get(0)).containsExactly(new TemplatePart.Literal("ord-"),
                new TemplatePart.Choice(List.of("2024", "2023"), List.of(0.7, 0.3)), new TemplatePart.Literal("-"),
                new TemplatePart.IntRange(1, 999, 6));
        assertThat(t.templates().get(1).get(2)).isEqualTo(new TemplatePart.Chars("0-9", 4, 5, "1-9"));
        assertThat(t.weights()).containsExactly(0.75, 0.25);
        assertThat(spec.hints("u")).containsExactly(new UuidHint(7, true));
        assertThat(spec.hints("v")).containsExactly(new UuidHint(1, false));
        String json = spec.toJson();
        assertThat(FactorySpec.fromJson(json).toJson()).isEqualTo(json);
        assertThat(json).contains("\"int\": [").contains("\"width\": 6").doesNotContain("\"upper\": false");
        assertThat(TemplateCodec.regex(t).matcher("ord-2024-000123").matches()).isTrue();
        assertThat(TemplateCodec.regex(t).matcher("ABC-0123").matches()).isFalse();
    }

    @Test
    void namesTheBrokenParameter() {
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": []}}}}"))
                .hasMessageContaining("field \"id\" TEMPLATE.templates must be a non-empty array");
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": [[{\"chars\": \"z-a\", \"min\": 1, \"max\": 2}]]}}}}"))
                .hasMessageContaining("field \"id\" TEMPLATE.templates[0][0].chars \"z-a\" has a descending range z-a");
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": [[{\"chars\": \"a-z\", \"min\": 3, \"max\": 2}]]}}}}"))
                .hasMessageContaining("TEMPLATE.templates[0][0].min (3) must not be greater than max (2)");
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": [[{\"lit\": \"a\", \"x\": 1}]]}}}}"))
                .hasMessageContaining("TEMPLATE.templates[0][0] unknown key \"x\"");
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": [[{\"int\": [5, 1]}]]}}}}"))
                .hasMessageContaining("TEMPLATE.templates[0][0].int must satisfy 0 <= lo <= hi, got [5, 1]");
        assertThatThrownBy(() -> FactorySpec.fromJson(
                "{\"fields\": {\"id\": {\"TEMPLATE\": {\"templates\": [[{\"lit\": \"a\"}]], \"weights\": [1, 2]}}}}"))
                .hasMessageContaining("TEMPLATE.weights has 2 entries but there are 1 alternatives");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"u\": {\"UUID\": {\"version\": 5}}}}"))
                .hasMessageContaining("field \"u\" UUID.version must be 1, 4 or 7, got 5");
        assertThatThrownBy(() -> FactorySpec.fromJson("{\"fields\": {\"u\": {\"UUID\": {}}}}"))
                .hasMessageContaining("field \"u\" UUID.version is required");
    }

    @Test
    void charRanges() {
        assertThat(CharRanges.expand("a-f0-9_")).isEqualTo("0123456789_abcdef");
        assertThat(CharRanges.expand("-a-c")).isEqualTo("-abc");
        assertThat(CharRanges.compact(new java.util.TreeSet<>(List.of('a', 'b', 'c', 'x', '0', '1', '-'))))
                .isEqualTo("01a-cx-");
        assertThatThrownBy(() -> CharRanges.expand("")).hasMessage("is empty");
    }

    @Test
    void charRangesExpandSortedWithoutDuplicatesAndWithoutLoneSurrogates() {
        assertThat(CharRanges.expand("zza-ca")).isEqualTo("abcz");
        String all = CharRanges.expand("\u0000-\uffff");
        assertThat(all).hasSize(0x10000 - 0x800);
        assertThat(all.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(all.charAt(all.length() - 1)).isEqualTo('\uffff');
        assertThat(CharRanges.expand("\ud7ff-\ue001x")).isEqualTo("x\ud7ff\ue000\ue001");
        assertThatThrownBy(() -> CharRanges.expand("c-a")).hasMessage("has a descending range c-a");
        CharRanges.check("\u0000-\uffff");
        assertThatThrownBy(() -> CharRanges.check("c-a")).hasMessage("has a descending range c-a");
        assertThatThrownBy(() -> CharRanges.check("")).hasMessage("is empty");
        assertThatThrownBy(() -> CharRanges.check("a\ud800"))
                .hasMessage("supports only characters of the Basic Multilingual Plane");
        assertThatThrownBy(() -> CharRanges.check("a-\udc00"))
                .hasMessage("supports only characters of the Basic Multilingual Plane");
    }
}
