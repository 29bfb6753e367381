package io.factoreally.internal.relations;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.spec.SpecFormatException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Fields that determine each other, one of them drawn by a NUMBER or TEMPLATE hint: learned and drawn as tuples. */
class TuplesTest {
    private static final String FIELDS = """
            "fields": {
              "id": {"NUMBER": {"min": 1, "max": 99999}},
              "url": {"TEMPLATE": {"templates": [[{"lit": "https://x.org/u/"}, {"chars": "a-z", "min": 3, "max": 3}]]}},
              "node": {"CHOICE": {"choices": ["N1", "N2", "N3"], "weights": [0.5, 0.3, 0.2]}},
              "role": {"CHOICE": {"choices": ["admin", "user"], "weights": [0.5, 0.5]}},
              "team": {"CHOICE": {"choices": ["red", "blue"], "weights": [0.5, 0.5]}}
            }""";
    private static final String TUPLES = """
            {"kind": "tuples", "fields": ["id", "url", "node"], "tuples": [
              {"values": [101, "https://x.org/u/ann", "N1"], "weight": 0.6},
              {"values": [102, "https://x.org/u/bob", "N2"], "weight": 0.3}], "other": 0.1}""";

    private static FactorySpec spec(String relations) {
        return FactorySpec.fromJson("{" + FIELDS + ", \"relations\": " + relations + "}");
    }

    /** Rows of (id, url, node, role, team): ann 60 %, bob 30 %, 10 % one-off users; role follows the user, team not. */
    private static List<Object[]> rows(int n) {
        Rng rng = new Rng(5);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            String team = rng.nextDouble() < 0.5 ? "red" : "blue";
            if (u < 0.6) {
                rows.add(new Object[] {101L, "https://x.org/u/ann", "N1", "admin", team});
            } else if (u < 0.9) {
                rows.add(new Object[] {102L, "https://x.org/u/bob", "N2", "user", team});
            } else {
                rows.add(new Object[] {1000L + i, "https://x.org/u/z" + i, "N3", "user", team});
            }
        }
        return rows;
    }

    private static List<Columns.Column> columns(List<Object[]> rows) {
        return Columns.of(List.of("id", "url", "node", "role", "team"), rows, spec("[]").fields());
    }

    @Test
    void fieldsThatDetermineEachOtherBecomeOneTupleRelationWithoutRareCombinations() {
        List<Relation.Tuples> learned = TupleLearner.learn(columns(rows(300)), Set.of(), 5);
        assertThat(learned).singleElement().satisfies(t -> {
            // node has only three values (N3 for every one-off user): it does not determine id
            assertThat(t.fields()).containsExactly("id", "url");
            assertThat(t.tuples()).hasSize(2);
            assertThat(t.tuples().get(0).values().toString()).isEqualTo("[101, \"https://x.org/u/ann\"]");
            assertThat(t.tuples().get(0).weight()).isCloseTo(0.6, within(0.05));
            assertThat(t.tuples().get(1).weight()).isCloseTo(0.3, within(0.05));
            assertThat(t.other()).isCloseTo(0.1, within(0.04));
        });
        // numbers that a numeric relation redraws are left out
        assertThat(TupleLearner.learn(columns(rows(300)), Set.of("id"), 5)).isEmpty();
        // too few rows to tell
        assertThat(TupleLearner.learn(columns(rows(20)), Set.of(), 5)).isEmpty();
    }

    @Test
    void choiceFieldsAloneAreLeftToCategoricalTables() {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : rows(300)) {
            rows.add(new Object[] {null, null, r[2], r[2].equals("N1") ? "admin" : "user", r[4]});
        }
        assertThat(TupleLearner.learn(columns(rows), Set.of(), 5)).isEmpty();
    }

    @Test
    void membersOfATupleMayOnlyBeParentsOfCategoricalTables() {
        List<Columns.Column> cols = columns(rows(400));
        List<Columns.Column> parents = TupleLearner.parentsOnly(cols, TupleLearner.learn(cols, Set.of(), 5));
        assertThat(parents).extracting(c -> c.path + ":" + c.choice() + ":" + c.categorical())
                .containsExactly("id:false:true", "url:false:true", "node:true:true", "role:true:true", "team:true:true");
        // node and role follow the user: a table of url (a tuple member) may still draw them
        List<Relation.Categorical> tables = CategoricalLearner.learn(parents, 5);
        assertThat(tables).extracting(c -> c.parent() + "->" + c.child()).containsExactly("url->node", "node->role")
                .noneMatch(s -> s.endsWith("->url") || s.endsWith("->id"));
    }

    @Test
    void generatedRecordsKeepTheCombinationsAndTheirShares() {
        List<Map<String, Object>> records = Factory.of(spec("[" + TUPLES + "]")).seed(3).build(4000);
        Map<Object, Integer> counts = new java.util.HashMap<>();
        for (Map<String, Object> r : records) {
            if ("https://x.org/u/ann".equals(r.get("url"))) {
                assertThat(r).containsEntry("id", 101L).containsEntry("node", "N1");
            } else if ("https://x.org/u/bob".equals(r.get("url"))) {
                assertThat(r).containsEntry("id", 102L).containsEntry("node", "N2");
            }
            counts.merge(r.get("url"), 1, Integer::sum);
        }
        assertThat(counts.get("https://x.org/u/ann") / 4000.0).isCloseTo(0.6, within(0.025));
        assertThat(counts.get("https://x.org/u/bob") / 4000.0).isCloseTo(0.3, within(0.025));
        // the other 10 %: node drawn again when its own CHOICE gives a stored value, so N1 and N2 keep their
        // shares (not 0.6 + 0.1 * 0.5) and N3 gets the rest
        Map<Object, Integer> nodes = new java.util.HashMap<>();
        records.forEach(r -> nodes.merge(r.get("node"), 1, Integer::sum));
        assertThat(nodes.get("N1") / 4000.0).isCloseTo(0.6, within(0.025));
        assertThat(nodes.get("N3") / 4000.0).isCloseTo(0.1 * (1 - Math.pow(0.8, TupleDraw.REDRAWS + 1)), within(0.02));
        // without the relation the three fields are drawn alone
        long together = Factory.of(spec("[]")).seed(3).build(4000).stream()
                .filter(r -> r.get("id").equals(101L) && "N1".equals(r.get("node"))).count();
        assertThat(together).isLessThan(40);
        assertThat(Factory.of(spec("[" + TUPLES + "]")).seed(3).build(300)).isEqualTo(records.subList(0, 300));
    }

    @Test
    void overridesWinAndTheOtherMembersFollowAKnownValue() {
        Factory f = Factory.of(spec("[" + TUPLES + "]")).seed(9);
        assertThat(f.with("id", 102L).build(300)).allSatisfy(r -> assertThat(r)
                .containsEntry("id", 102L).containsEntry("url", "https://x.org/u/bob").containsEntry("node", "N2"));
        assertThat(f.with("url", "https://x.org/u/ann").build(300)).allSatisfy(r -> assertThat(r)
                .containsEntry("id", 101L).containsEntry("node", "N1"));
        // a value no tuple has: the others keep their own draws, never fail
        Set<Object> nodes = new HashSet<>();
        for (Map<String, Object> r : f.with("id", 5L).build(300)) {
            assertThat(r.get("id")).isEqualTo(5L);
            nodes.add(r.get("node"));
        }
        assertThat(nodes).contains("N1", "N2", "N3");
        assertThat(f.with("id", "x").with("node", (Object) null).build(50)).hasSize(50);
        // overriding two members that disagree with every tuple just sets them
        assertThat(f.with("id", 101L).with("node", "N2").build(50)).allSatisfy(r -> assertThat(r)
                .containsEntry("id", 101L).containsEntry("node", "N2"));
    }

    @Test
    void tuplesRoundTripAndAreValidated() {
        FactorySpec spec = spec("[" + TUPLES + "]");
        assertThat(FactorySpec.fromJson(spec.toJson()).toJson()).isEqualTo(spec.toJson());
        assertThatThrownBy(() -> spec("[" + TUPLES.replace("[102, ", "[") + "]"))
                .isInstanceOf(SpecFormatException.class)
                .hasMessage("<json>: relations[0] (tuples): tuples: \"values\" must hold one value per field (3), got "
                        + "[\"https://x.org/u/bob\",\"N2\"]");
        assertThatThrownBy(() -> spec("[" + TUPLES.replace("\"other\": 0.1", "\"other\": 0.5") + "]"))
                .hasMessage("<json>: relations[0] (tuples): the weights and \"other\" add up to 1.4, more than 1");
        assertThatThrownBy(() -> spec("[" + TUPLES.replace("[\"id\", \"url\", \"node\"]", "[\"id\", \"id\", \"node\"]")
                + "]")).hasMessage("<json>: relations[0] (tuples): \"fields\" must name at least two distinct fields");
        assertThatThrownBy(() -> spec("[" + TUPLES.replace("\"N1\"]", "null]") + "]"))
                .hasMessage("<json>: relations[0] (tuples): \"values\" values must be strings, numbers or booleans, "
                        + "got null");
    }
}
