package io.factoreally.junit5;

import io.factoreally.Overrides;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What is cached per run (spec, factory, each injection point's plan and bound model type, the run
 * seed) and per test (its seed) changes no data: the first injection (cold caches) and every later one
 * (warm) give exactly what the core API gives for the test's seed, and a failure on a warm repetition
 * still reports that repetition's own seed.
 */
class WarmCacheTest {
    static final String SPEC = "user.spec.json";
    static final int REPETITIONS = 6;
    static final int FAILING = 4;

    static class Repeated {
        @Realistic(spec = SPEC)
        User field;

        @RepeatedTest(REPETITIONS)
        void t(@Realistic(spec = SPEC) User user, @Realistic(spec = SPEC, overrides = "role=admin") Map<String, Object> admin,
               RepetitionInfo info, TestReporter r) {
            r.publishEntry("value", user + " | " + admin + " | " + field);
            if (info.getCurrentRepetition() == FAILING) {
                throw new AssertionError("boom");
            }
        }
    }

    /** Injects the same spec and types first or after {@link Repeated} in the same run. */
    static class Other {
        @Test
        void t(@Realistic(spec = SPEC) User user, @Realistic(spec = SPEC, overrides = "role=admin") Map<String, Object> admin,
               TestReporter r) {
            r.publishEntry("value", user + " | " + admin);
        }
    }

    @Test
    void coldAndWarmInjectionsGiveTheDataOfEachTestsSeed() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Repeated.class), selectClass(Other.class))
                .configurationParameters(Map.of("factoreally.seed", "77"))
                .execute();
        Map<String, String> values = values(results);
        assertThat(values).hasSize(REPETITIONS + 1);
        Set<Long> seeds = new HashSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            long seed = Expected.testSeed(77, e.getKey());
            seeds.add(seed);
            String expected = Expected.factory(SPEC, seed, 0).build(User.class) + " | "
                    + Expected.factory(SPEC, seed, 1).with(Overrides.parse("role=admin")).build();
            if (e.getKey().contains("Repeated")) {
                expected += " | " + Expected.factory(SPEC, seed, Expected.fieldKey(Repeated.class, "field")).build(User.class);
            }
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(expected);
        }
        assertThat(seeds).as("every test its own seed").hasSize(REPETITIONS + 1);

        String failing = "[engine:junit-jupiter]/[class:" + Repeated.class.getName() + "]/[test-template:t("
                + User.class.getName() + ", java.util.Map, org.junit.jupiter.api.RepetitionInfo, org.junit.jupiter.api.TestReporter)]"
                + "/[test-template-invocation:#" + FAILING + "]";
        assertThat(values).containsKey(failing);
        assertThat(TestKit.entries(results, "factoreally.seed")).containsExactlyEntriesOf(
                Map.of("t(User, Map, RepetitionInfo, TestReporter)[" + FAILING + "]",
                        Long.toString(Expected.testSeed(77, failing))));
    }

    @Test
    void aClassGetsTheSameDataWhetherTheRunsCachesAreColdOrWarm() {
        EngineExecutionResults alone = TestKit.run(Repeated.class, "factoreally.seed", "77");
        EngineExecutionResults withOther = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Other.class), selectClass(Repeated.class))
                .configurationParameters(Map.of("factoreally.seed", "77"))
                .execute();
        Map<String, String> both = values(withOther);
        both.keySet().removeIf(id -> id.contains("Other"));
        assertThat(both).hasSize(REPETITIONS).isEqualTo(values(alone));
    }

    /** Unique id -> published value. */
    private static Map<String, String> values(EngineExecutionResults results) {
        Map<String, String> out = new LinkedHashMap<>();
        results.testEvents().reportingEntryPublished().stream().forEach(e -> {
            String value = e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("value");
            if (value != null) {
                out.put(e.getTestDescriptor().getUniqueId().toString(), value);
            }
        });
        return out;
    }
}
