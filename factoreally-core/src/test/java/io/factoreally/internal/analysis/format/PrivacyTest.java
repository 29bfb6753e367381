package io.factoreally.internal.analysis.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.HintTypes;
import io.factoreally.internal.spec.ValueHint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part A row 23 on every string field of every shared data set: no hint a format learns stores a
 * value that occurred fewer than k times. The one exception is the ISO code CHOICE, which lists a
 * whole public standard with one uniform weight for all codes that were not frequent.
 */
class PrivacyTest {

    @ParameterizedTest
    @ValueSource(strings = {"users.json", "kitchen-sink.json", "movies.json", "github-webhooks.json", "countries.json",
            "cars.json", "seattle-weather.json", "penguins.json"})
    void noRareValueInAnyLearnedHint(String file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("../../shared/data", file).toFile());
        Map<String, List<String>> paths = new LinkedHashMap<>();
        root.forEach(r -> walk("", r, paths));
        int hints = 0;
        for (Map.Entry<String, List<String>> e : paths.entrySet()) {
            StringSample sample = Samples.of(e.getValue());
            Optional<ValueHint> hint = Samples.detect(sample);
            if (hint.isEmpty()) {
                continue;
            }
            hints++;
            List<String> stored = new ArrayList<>();
            strings(write(hint.get()), stored);
            for (String s : stored) {
                long c = sample.counts().getOrDefault(s, 0L);
                if (c > 0 && c < Samples.K) {
                    assertThat(hint.get()).as(file + " " + e.getKey() + " stores rare \"" + s + "\"")
                            .isInstanceOfSatisfying(ChoiceHint.class, ch -> assertUniformVocabulary(ch, sample));
                }
            }
        }
        if (file.equals("users.json") || file.equals("kitchen-sink.json")) {
            assertThat(hints).isGreaterThanOrEqualTo(8);
        }
    }

    private static void assertUniformVocabulary(ChoiceHint ch, StringSample sample) {
        assertThat(ch.choices().size()).isGreaterThan(150);
        double rest = ch.weights().get(ch.weights().size() - 1);
        for (int i = 0; i < ch.choices().size(); i++) {
            long c = sample.counts().getOrDefault(ch.choices().get(i).textValue(), 0L);
            if (c < Samples.K) {
                assertThat(ch.weights().get(i)).isEqualTo(rest);
            }
        }
    }

    private static <H extends Hint> ObjectNode write(H hint) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        HintTypes.of(hint).writer().write(hint, o, false);
        return o;
    }

    private static void strings(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.textValue());
        }
        n.forEach(c -> strings(c, out));
    }

    private static void walk(String path, JsonNode n, Map<String, List<String>> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (n.isArray()) {
            n.forEach(e -> walk(path + "[]", e, out));
        } else if (n.isTextual()) {
            out.computeIfAbsent(path, p -> new ArrayList<>()).add(n.textValue());
        }
    }
}
