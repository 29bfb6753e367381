package io.factoreally.internal.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.Fidelity;
import io.factoreally.FidelityReport;
import io.factoreally.FidelityReport.FieldResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {
    static final Path DATA = Path.of("../../shared/data");

    /** Records whose keys and values try to break out of the HTML. */
    static List<Map<String, Object>> hostile() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", i % 2 == 0 ? "<script>alert(1)</script>" : "a&b \"quoted\" 'single'");
            m.put("<img src=x onerror=alert(2)>", i);
            m.put("n", i * 1.5);
            out.add(m);
        }
        return out;
    }

    @Test
    void textHasEveryFieldAndTheSummary() {
        List<JsonNode> movies = RecordFiles.read(DATA.resolve("movies.json"));
        FidelityReport r = Fidelity.evaluate(movies, movies.subList(0, 1500));
        String text = r.toText();
        assertThat(text).contains("field score", "pair score", "strong pair score", "baseline");
        List<String> lines = text.lines().toList();
        for (FieldResult f : r.fields()) {
            assertThat(lines).as(f.path()).anyMatch(l -> l.startsWith(f.path() + " "));
        }
        // aligned: every row of the field table is as wide as its rule line or shorter
        int rule = lines.indexOf(lines.stream().filter(l -> l.startsWith("-----")).skip(1).findFirst().orElseThrow());
        assertThat(lines.get(rule - 1)).startsWith("field ");
        String firstKind = r.fields().get(0).kind();
        assertThat(lines.get(rule + 1).indexOf("  " + firstKind + " ") + 2).isEqualTo(lines.get(rule - 1).indexOf("kind"));
    }

    @Test
    void htmlHasOneSvgPerFieldAndNoScript() {
        List<JsonNode> penguins = RecordFiles.read(DATA.resolve("penguins.json"));
        FidelityReport r = Fidelity.evaluate(penguins, penguins.subList(0, 150));
        String html = r.toHtml();
        assertThat(count(html, "<svg ")).isEqualTo(r.fields().size());
        assertThat(count(html, "<section class=\"field\">")).isEqualTo(r.fields().size());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=", "href=");
        assertThat(html).contains("<h3>Body Mass (g)</h3>", "class=\"pairs\"");
        assertThat(html).doesNotContain("<link", "@import");
    }

    @Test
    void htmlEscapesDataFromRecords() {
        FidelityReport r = Fidelity.evaluate(hostile(), hostile());
        String html = r.toHtml();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                "a&amp;b &quot;quoted&quot; &#39;single&#39;");
    }

    @Test
    void jsonIsTheRecordStructure() throws Exception {
        FidelityReport r = Fidelity.evaluate(hostile(), hostile());
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.at("/summary/fieldScore").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/fields").size()).isEqualTo(r.fields().size());
        assertThat(json.at("/fields/0/chart/labels").isArray()).isTrue();
        assertThat(json.at("/pairs/0/kind").asText()).isNotEmpty();
    }

    @Test
    void chartsMatchTheirField() {
        List<JsonNode> weather = RecordFiles.read(DATA.resolve("seattle-weather.json"));
        FidelityReport r = Fidelity.evaluate(weather, weather);
        FieldResult temp = r.fields().stream().filter(f -> f.path().equals("temp_max")).findFirst().orElseThrow();
        assertThat(temp.chart().type()).isEqualTo("histogram");
        assertThat(temp.chart().labels()).hasSize(Charts.BINS);
        assertThat(temp.chart().real().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
        FieldResult weatherKind = r.fields().stream().filter(f -> f.path().equals("weather")).findFirst().orElseThrow();
        assertThat(weatherKind.chart().labels()).containsExactly("rain", "sun", "fog", "drizzle", "snow");
    }

    static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
