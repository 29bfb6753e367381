package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.spec.SpecFormatException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A field that is null exactly while a category says so (an issue's closed_at while it is open). */
class NullsTest {

    /** Issues: open 30 %, closed 50 %, merged 20 %; closed_at null exactly when open; note null 40 % on its own. */
    static List<Map<String, Object>> issues(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            String state = u < 0.3 ? "open" : u < 0.8 ? "closed" : "merged";
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", (long) i);
            r.put("state", state);
            r.put("closed_at", state.equals("open") ? null : String.format("2024-%02d-%02dT10:%02d:00Z",
                    1 + rng.nextInt(12), 1 + rng.nextInt(28), rng.nextInt(60)));
            r.put("note", rng.nextDouble() < 0.4 ? null : "n" + rng.nextInt(1000));
            out.add(r);
        }
        return out;
    }

    private static FactorySpec spec() {
        return SpecCreator.analyze(issues(2000, 1), CreateOptions.defaults()).spec();
    }

    private static JsonNode nulls(FactorySpec spec) {
        List<JsonNode> found = new ArrayList<>();
        spec.extension("relations").forEach(r -> {
            if (r.get("kind").asText().equals("nulls")) {
                found.add(r);
            }
        });
        assertThat(found).hasSize(1); // note's nulls follow nothing
        return found.get(0);
    }

    @Test
    void learnsTheNullRatePerStateWithoutStoringAnyClosedAt() {
        JsonNode r = nulls(spec());
        assertThat(r.get("parent").asText()).isEqualTo("state");
        assertThat(r.get("child").asText()).isEqualTo("closed_at");
        assertThat(r.get("strength").asDouble()).isGreaterThan(0.99);
        Map<String, Double> table = new LinkedHashMap<>();
        r.get("table").forEach(row -> table.put(row.get("when").asText(), row.get("null").asDouble()));
        assertThat(table).containsOnlyKeys("open", "closed", "merged")
                .containsEntry("open", 1.0).containsEntry("closed", 0.0).containsEntry("merged", 0.0);
        assertThat(r.toString()).doesNotContain("2024-");
    }

    @Test
    void generatedClosedAtIsNullExactlyWhileOpenAndKeepsItsFormat() {
        List<Map<String, Object>> generated = Factory.of(spec()).seed(3).build(5000);
        int open = 0;
        for (Map<String, Object> r : generated) {
            boolean isOpen = "open".equals(r.get("state"));
            open += isOpen ? 1 : 0;
            assertThat(r).containsKey("closed_at");
            if (isOpen) {
                assertThat(r.get("closed_at")).isNull();
            } else {
                assertThat(OffsetDateTime.parse((String) r.get("closed_at")).getYear()).isEqualTo(2024);
            }
        }
        assertThat(open / 5000.0).isCloseTo(0.3, within(0.03));
        long notes = generated.stream().filter(r -> r.get("note") == null).count();
        assertThat(notes / 5000.0).isCloseTo(0.4, within(0.03));
    }

    @Test
    void overridingTheStateMovesTheNullAndAnOverriddenChildWins() {
        FactorySpec spec = spec();
        for (Map<String, Object> r : Factory.of(spec).seed(4).with("state", "open").build(300)) {
            assertThat(r.get("closed_at")).isNull();
        }
        for (Map<String, Object> r : Factory.of(spec).seed(4).with("state", "closed").build(300)) {
            assertThat(r.get("closed_at")).isInstanceOf(String.class);
        }
        for (Map<String, Object> r : Factory.of(spec).seed(4).with("closed_at", "2020-01-01T00:00:00Z").build(300)) {
            assertThat(r.get("closed_at")).isEqualTo("2020-01-01T00:00:00Z");
        }
        // a state the table does not know leaves closed_at's own draw (null 30 % of the time), never an error
        List<Map<String, Object>> unknown = Factory.of(spec).seed(4).with("state", "draft").build(2000);
        double nulls = unknown.stream().filter(r -> r.get("closed_at") == null).count() / 2000.0;
        assertThat(nulls).isCloseTo(0.3, within(0.04));
    }

    @Test
    void sameSeedSameRecords() {
        FactorySpec spec = spec();
        assertThat(Factory.of(spec).seed(9).build(200)).isEqualTo(Factory.of(spec).seed(9).build(200));
    }

    @Test
    void rareStatesGetNoRowAndPythonCompatibleSpecsHaveNoRelations() {
        List<Map<String, Object>> records = issues(2000, 2);
        for (int i = 0; i < 3; i++) { // a state seen 3 times (< k = 5)
            records.get(i).put("state", "locked");
            records.get(i).put("closed_at", null);
        }
        JsonNode r = nulls(SpecCreator.analyze(records, CreateOptions.defaults()).spec());
        assertThat(r.toString()).doesNotContain("locked");
        assertThat(SpecCreator.analyze(records, CreateOptions.defaults().pythonCompatible(true)).spec()
                .extension("relations")).isNull();
    }

    @Test
    void readingChecksTheTable() {
        String fields = """
                {"fields": {"state": {"CHOICE": {"choices": ["open", "closed"], "weights": [0.5, 0.5]}},
                  "closed_at": {"DATETIME": {"min": "2024-01-01T00:00:00Z", "max": "2024-12-31T00:00:00Z"},
                  "NULL": {"pct": 50}}},
                 "relations": [%s]}""";
        String ok = """
                {"kind": "nulls", "parent": "state", "child": "closed_at", "strength": 1,
                 "table": [{"when": "open", "null": 1}, {"when": "closed", "null": 0}]}""";
        FactorySpec spec = FactorySpec.fromJson(fields.formatted(ok));
        assertThat(RelationsCodec.write(RelationsCodec.read(spec.extension("relations"), spec.fields())))
                .isEqualTo(spec.extension("relations"));
        assertThatThrownBy(() -> FactorySpec.fromJson(fields.formatted(ok.replace("\"null\": 1}", "\"null\": 2}"))))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: relations[0] (nulls): \"null\" must be a number in [0, 1], got 2");
        assertThatThrownBy(() -> FactorySpec.fromJson(fields.formatted(ok.replace("\"child\": \"closed_at\"",
                "\"child\": \"closed\""))))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: relations[0] (nulls): field \"closed\" is not a field of the spec");
    }

    @Test
    void insideNestedObjectsAndArrayElementsToo() {
        Rng rng = new Rng(8);
        String[] itemStates = {"pending", "shipped", "shipped", "delivered"};
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            boolean open = rng.nextDouble() < 0.35;
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("state", open ? "open" : "closed");
            issue.put("closed_at", open ? null : String.format("2024-%02d-11T10:00:00Z", 1 + rng.nextInt(12)));
            List<Map<String, Object>> items = new ArrayList<>();
            for (int j = 0; j <= rng.nextInt(3); j++) {
                String status = itemStates[rng.nextInt(4)];
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("status", status);
                item.put("shipped_at", status.equals("pending") ? null
                        : String.format("2024-05-%02dT12:00:00Z", 1 + rng.nextInt(28)));
                items.add(item);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", (long) i);
            r.put("issue", issue);
            r.put("items", items);
            records.add(r);
        }
        FactorySpec spec = SpecCreator.analyze(records, CreateOptions.defaults()).spec();
        List<String> learned = new ArrayList<>();
        spec.extension("relations").forEach(r -> {
            if (r.get("kind").asText().equals("nulls")) {
                learned.add(r.get("parent").asText() + " -> " + r.get("child").asText());
            }
        });
        assertThat(learned).containsExactlyInAnyOrder("issue.state -> issue.closed_at",
                "items[].status -> items[].shipped_at");
        int elements = 0;
        for (Map<String, Object> r : Factory.of(spec).seed(2).build(2000)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> issue = (Map<String, Object>) r.get("issue");
            assertThat(issue.get("closed_at") == null).isEqualTo("open".equals(issue.get("state")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) r.get("items");
            for (Map<String, Object> item : items) {
                assertThat(item.get("shipped_at") == null).as(item.toString()).isEqualTo("pending".equals(item.get("status")));
                elements++;
            }
        }
        assertThat(elements).isGreaterThan(3000);
    }
}
