package io.factoreally.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.AnalysisResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No string that occurs in the input, but fewer than k times, appears in a hint of the spec (Part A row 23).
 * Strings that do not occur in the input at all (rounded bounds, template literals, generated stand-ins) and
 * ISO codes from the JDK's public lists (which a code format may offer for the share of rare codes) are not
 * raw production values.
 */
class PrivacyTest {
    private static final Set<String> NOT_INPUT = Set.of("pattern_type", "fmt", "format");
    private static final Set<String> ISO_CODES = new HashSet<>();

    static {
        ISO_CODES.addAll(List.of(Locale.getISOCountries()));
        ISO_CODES.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        ISO_CODES.addAll(List.of(Locale.getISOLanguages()));
        Currency.getAvailableCurrencies().forEach(c -> ISO_CODES.add(c.getCurrencyCode()));
    }

    static Iterable<String> dataSets() {
        return TestAnalysis.DATA_SETS;
    }

    @ParameterizedTest
    @MethodSource("dataSets")
    void rareStringsAreNotStored(String dataSet) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        JsonNode all = RecordReader.MAPPER.readTree(TestAnalysis.DATA.resolve(dataSet + ".json").toFile());
        all.forEach(r -> count(r, counts));
        Map<String, Integer> wordCounts = new HashMap<>(); // word -> string values that contain it
        counts.forEach((value, c) -> new java.util.HashSet<>(List.of(value.split(" "))).forEach(w -> wordCounts.merge(w, c, Integer::sum)));
        AnalysisResult r = TestAnalysis.runFile(dataSet, TestAnalysis.oneThread());
        JsonNode fields = r.spec().toTree().get("fields");
        int checked = 0;
        int textWords = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> h = field.getValue().fields(); h.hasNext(); ) {
                Map.Entry<String, JsonNode> hint = h.next();
                checked += check(field.getKey() + " " + hint.getKey(), hint.getValue(), counts);
                if (hint.getKey().equals("TEXT") && hint.getValue().has("words")) {
                    // words of free text: each in at least k values
                    for (JsonNode w : hint.getValue().get("words")) {
                        assertThat(wordCounts.getOrDefault(w.asText(), 0)).as(field.getKey() + " TEXT word " + w)
                                .isGreaterThanOrEqualTo(5);
                        textWords++;
                    }
                }
            }
        }
        assertThat(checked).as("strings checked").isGreaterThan(0);
        if (dataSet.equals("kitchen-sink")) {
            assertThat(textWords).as("words of kitchen-sink's notes").isPositive();
        }
        if (!Set.of("seattle-weather", "penguins", "kitchen-sink").contains(dataSet)) {
            // these have names, titles and addresses that occur once: some must have been withheld
            assertThat(r.withheldValues()).isNotEmpty();
        }
    }

    private static int check(String where, JsonNode params, Map<String, Integer> counts) {
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!NOT_INPUT.contains(p.getKey())) {
                n += checkValue(where + "." + p.getKey(), p.getValue(), counts);
            }
        }
        return n;
    }

    private static int checkValue(String where, JsonNode v, Map<String, Integer> counts) {
        if (v.isTextual()) {
            int count = counts.getOrDefault(v.asText(), 0);
            if (count > 0 && !ISO_CODES.contains(v.asText())) {
                assertThat(count).as(where + " stores \"" + v.asText() + "\"").isGreaterThanOrEqualTo(5);
            }
            return 1;
        }
        int n = 0;
        for (JsonNode c : v) {
            n += checkValue(where, c, counts);
        }
        return n;
    }

    private static void count(JsonNode n, Map<String, Integer> counts) {
        if (n.isTextual()) {
            counts.merge(n.asText(), 1, Integer::sum);
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                counts.merge(e.getKey(), 1, Integer::sum);
                count(e.getValue(), counts);
            });
        } else if (n.isArray()) {
            n.forEach(c -> count(c, counts));
        }
    }
}
