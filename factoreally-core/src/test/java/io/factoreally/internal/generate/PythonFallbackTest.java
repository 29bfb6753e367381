package io.factoreally.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.internal.spec.AlphaHint;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.TemplateCodec;
import io.factoreally.internal.spec.TemplateHint;
import io.factoreally.internal.spec.TemplatePart;
import io.factoreally.internal.spec.Uuid4Hint;
import io.factoreally.internal.spec.UuidHint;
import io.factoreally.internal.spec.VersionHint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PythonFallbackTest {

    @Test
    void fixedLengthTemplateBecomesAlphaWithTheSameCharacterClasses() {
        TemplateHint t = new TemplateHint(List.of(new TemplatePart.Literal("ID-"),
                new TemplatePart.Chars("A-C", 2, 2, null), new TemplatePart.IntRange(1, 99, 3)));
        AlphaHint a = (AlphaHint) PythonFallback.toPython(t);
        assertThat(a.chrs()).containsExactly(Map.entry("I", List.of(0)), Map.entry("D", List.of(1)),
                Map.entry("-", List.of(2)), Map.entry("ABC", List.of(3, 4)), Map.entry("0123456789", List.of(5, 6, 7)));
    }

    @Test
    void otherTemplatesBecomeAChoiceOfGeneratedValuesOfTheSameFormat() {
        TemplateHint t = new TemplateHint(List.of(List.of(new TemplatePart.Literal("sess_"),
                new TemplatePart.Chars("a-z0-9", 8, 16, null)), List.of(new TemplatePart.Literal("tok-"),
                new TemplatePart.IntRange(1, 100000, 0))), List.of(0.5, 0.5));
        ChoiceHint c = (ChoiceHint) PythonFallback.toPython(t);
        assertThat(c.choices()).hasSize(100);
        var regex = TemplateCodec.regex(t);
        assertThat(c.choices()).extracting(JsonNode::textValue).allMatch(v -> regex.matcher(v).matches());
        assertThat(PythonFallback.toPython(t)).isEqualTo(c); // deterministic
    }

    @Test
    void uuidsBecomeUuid4AndOriginalHintsStay() {
        assertThat(PythonFallback.toPython(new UuidHint(7, true))).isEqualTo(new Uuid4Hint());
        VersionHint v = new VersionHint("Version", null);
        assertThat(PythonFallback.toPython(v)).isSameAs(v);
    }
}
