package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.factoreally.CreateOptions;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.DatetimeHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.NullHint;
import io.factoreally.internal.spec.TextHint;
import io.factoreally.internal.spec.VersionHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PythonCompatibilityTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<JsonNode> AB = List.of(JSON.textNode("a"), JSON.textNode("b"));

    @Test
    void choiceWithMostlyStoredValuesDropsItsFallback() {
        List<Hint> in = List.of(new ChoiceHint(AB, List.of(0.5, 0.3), 0.2), new TextHint(1L, 4L), new NullHint(10));
        assertThat(PythonCompatibility.apply(in))
                .containsExactly(new ChoiceHint(AB, List.of(0.5, 0.3)), new NullHint(10));
    }

    @Test
    void choiceWithMostlyWithheldValuesGivesWayToItsFallback() {
        List<Hint> in = List.of(new ChoiceHint(AB, List.of(0.1, 0.1), 0.8), new TextHint(1L, 4L));
        assertThat(PythonCompatibility.apply(in)).containsExactly(new TextHint(1L, 4L));
    }

    @Test
    void keyChoiceWithoutFallbackKeepsTheStoredKeys() {
        List<Hint> in = List.of(new ChoiceHint(AB, List.of(0.1, 0.1), 0.8));
        assertThat(PythonCompatibility.apply(in)).containsExactly(new ChoiceHint(AB, List.of(0.1, 0.1)));
    }

    @Test
    void datetimeFormatIsDropped() {
        OffsetDateTime t = OffsetDateTime.parse("2024-01-01T00:00:00Z");
        assertThat(PythonCompatibility.apply(List.of(new DatetimeHint(t, t, "yyyy-MM-dd'T'HH:mm:ssXXX"))))
                .containsExactly(new DatetimeHint(t, t, null));
    }

    @Test
    void versionPartsAreDropped() {
        List<String> examples = List.of("1.0.0", "2.3.4");
        var parts = List.of(new VersionHint.Part(1, 2), new VersionHint.Part(0, 3), new VersionHint.Part(0, 4));
        assertThat(PythonCompatibility.apply(List.of(new VersionHint("Version", examples, parts))))
                .containsExactly(new VersionHint("Version", examples));
    }

    @Test
    void textWordsAreDropped() {
        assertThat(PythonCompatibility.apply(List.of(new TextHint(3, 9, List.of("a", "b"), List.of(0.5, 0.5)))))
                .containsExactly(new TextHint(3, 9));
    }

    static List<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void onlyTheOriginalsHintsAndParameters(String dataSet) {
        JsonNode fields = TestAnalysis.runFile(dataSet, CreateOptions.defaults().threads(1).pythonCompatible(true))
                .spec().toTree().get("fields");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            f.getValue().fieldNames().forEachRemaining(type ->
                    assertThat(PythonCompatibility.ORIGINAL_TYPES).as(f.getKey()).contains(type));
            JsonNode text = f.getValue().get("TEXT");
            if (text != null) {
                assertThat(text.has("words")).as(f.getKey()).isFalse();
            }
            JsonNode version = f.getValue().get("VERSION");
            if (version != null) {
                assertThat(version.has("parts")).as(f.getKey()).isFalse();
            }
            JsonNode choice = f.getValue().get("CHOICE");
            if (choice != null) {
                assertThat(choice.has("other")).as(f.getKey()).isFalse();
            }
        }
    }
}
