package io.factoreally.internal.relations;

import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.generate.Rng;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A category that follows two others at once (categorical_joint), and chains of categorical tables
 * (genre -> kind -> source).
 */
class JointLearnerTest {
    private static final String[] REGIONS = {"Europe", "Asia", "Africa", "Americas"};

    /**
     * group = "" for non-members (30 %), else the region's group (90 %, else another); member and
     * region independent. genre -> kind -> source, each step 80 % deterministic.
     */
    static List<Map<String, Object>> records(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            int region = rng.nextInt(4);
            boolean member = rng.nextDouble() < 0.7;
            r.put("region", REGIONS[region]);
            r.put("member", member);
            r.put("group", !member ? "" : "G-" + REGIONS[rng.nextDouble() < 0.9 ? region : rng.nextInt(4)]);
            int genre = rng.nextInt(5);
            int kind = rng.nextDouble() < 0.8 ? genre % 3 : rng.nextInt(3);
            r.put("genre", "genre" + genre);
            r.put("kind", "kind" + kind);
            r.put("source", "source" + (rng.nextDouble() < 0.8 ? kind : rng.nextInt(3)));
            out.add(r);
        }
        return out;
    }

    @Test
    void aChildThatCannotLeadItsParentsGetsATableOfBoth() {
        // when group may only follow region (say region already leads other fields), member is its second parent
        List<Map<String, Object>> real = records(5000, 1);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults().relations(false)).spec();
        List<String> names = List.of("region", "member", "group", "genre", "kind", "source");
        List<Object[]> rows = real.stream().map(r -> names.stream().map(r::get).toArray()).toList();
        List<Columns.Column> columns = Columns.of(names, rows, spec.fields());
        List<Relation.Joint> joints = JointLearner.learn(columns,
                List.of(new Relation.Categorical("region", "group", 0.6, List.of())), 5);
        assertThat(joints).hasSize(1);
        Relation.Joint joint = joints.get(0);
        assertThat(List.of(joint.parent(), joint.second(), joint.child())).containsExactly("region", "member", "group");
        assertThat(joint.gain()).isGreaterThan(0.5);
        assertThat(joint.rows()).hasSize(8);
        for (Relation.JointRow row : joint.rows()) {
            String top = row.when2().asBoolean() ? "G-" + row.when().asText() : "";
            assertThat(row.values().get(0).asText()).isEqualTo(top);
            assertThat(row.weights().get(0)).isGreaterThan(row.when2().asBoolean() ? 0.88 : 0.999);
        }
    }

    private static final String JOINT_SPEC = """
            {"fields": {
              "region": {"CHOICE": {"choices": ["Europe", "Asia"]}},
              "member": {"CHOICE": {"choices": [true, false], "weights": [0.7, 0.3]}},
              "group": {"CHOICE": {"choices": ["", "G-Europe", "G-Asia"]}}},
             "relations": [
              {"kind": "categorical", "parent": "region", "child": "group", "strength": 0.6, "table": [
                {"when": "Europe", "share": 0.5, "values": ["G-Europe", ""], "weights": [0.7, 0.3]},
                {"when": "Asia", "share": 0.5, "values": ["G-Asia", ""], "weights": [0.7, 0.3]}]},
              {"kind": "categorical_joint", "parents": ["region", "member"], "child": "group", "gain": 0.9, "table": [
                {"when": ["Europe", true], "values": ["G-Europe", "G-Asia"], "weights": [0.9, 0.1]},
                {"when": ["Asia", true], "values": ["G-Asia", "G-Europe"], "weights": [0.9, 0.1]},
                {"when": ["Europe", false], "values": [""], "weights": [1.0]},
                {"when": ["Asia", false], "values": [""], "weights": [1.0]}]}]}""";

    @Test
    void aJointTableIsAppliedAndFollowsOverrides() {
        FactorySpec spec = FactorySpec.fromJson(JOINT_SPEC);
        List<Map<String, Object>> records = Factory.of(spec).seed(5).build(4000);
        Predicate<Map<String, Object>> nonMember = r -> r.get("member").equals(Boolean.FALSE);
        assertThat(records.stream().filter(nonMember)).allSatisfy(r -> assertThat(r.get("group")).isEqualTo(""));
        List<Map<String, Object>> members = records.stream().filter(nonMember.negate()).toList();
        assertThat(share(members, r -> ("G-" + r.get("region")).equals(r.get("group")))).isCloseTo(0.9, within(0.02));
        // either parent overridden: the child follows both
        assertThat(Factory.of(spec).seed(5).with("member", false).build(500))
                .allSatisfy(r -> assertThat(r.get("group")).isEqualTo(""));
        List<Map<String, Object>> asians = Factory.of(spec).seed(5).with("member", true).with("region", "Asia")
                .build(2000);
        assertThat(share(asians, r -> "G-Asia".equals(r.get("group")))).isCloseTo(0.9, within(0.03));
        assertThat(FactorySpec.fromJson(spec.toJson()).toJson()).isEqualTo(spec.toJson());
    }

    @Test
    void generatedRecordsFollowBothParentsAndTheChain() {
        List<Map<String, Object>> real = records(5000, 2);
        FactorySpec spec = SpecCreator.analyze(real, CreateOptions.defaults()).spec();
        List<Map<String, Object>> on = Factory.of(spec).seed(3).build(5000);
        Predicate<Map<String, Object>> consistent = r -> r.get("member").equals(Boolean.FALSE)
                ? "".equals(r.get("group")) : ("G-" + r.get("region")).equals(r.get("group"));
        assertThat(share(on, consistent)).isCloseTo(share(real, consistent), within(0.03));
        Predicate<Map<String, Object>> chained = r -> String.valueOf(r.get("kind")).substring(4)
                .equals(String.valueOf(r.get("source")).substring(6));
        assertThat(share(on, chained)).isCloseTo(share(real, chained), within(0.03));
        List<Map<String, Object>> off = Factory.of(SpecCreator.analyze(real, CreateOptions.defaults().relations(false))
                .spec()).seed(3).build(5000);
        assertThat(share(off, consistent)).isLessThan(0.5);
        assertThat(share(off, chained)).isLessThan(0.45);
    }

    private static double share(List<Map<String, Object>> records, Predicate<Map<String, Object>> p) {
        return records.stream().filter(p).count() / (double) records.size();
    }
}
