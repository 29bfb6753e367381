package io.factoreally.junit5;

import io.factoreally.internal.generate.Rng;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One invocation per record, from the method's seed, with room for further injected parameters. */
class RealisticSourceTest {
    static final String SPEC = "user.spec.json";

    @Seed(9)
    static class Sourced {
        @ParameterizedTest
        @RealisticSource(spec = SPEC, count = 4, overrides = "role=guest")
        void users(User user, @Realistic(spec = SPEC) Map<String, Object> extra, TestReporter r) {
            assertThat(user.role()).isEqualTo("guest");
            r.publishEntry("value", user.toString());
            r.publishEntry("extra", extra.toString());
        }
    }

    @Test
    void recordsComeFromTheMethodSeed() {
        EngineExecutionResults results = TestKit.run(Sourced.class);
        assertThat(TestKit.failures(results)).isEmpty();
        results.testEvents().assertStatistics(s -> s.succeeded(4));
        List<String> values = results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(m -> m.containsKey("value")).map(m -> m.get("value")).collect(Collectors.toList());
        List<String> expected = Expected.factory(SPEC, 9, Rng.hash("source"))
                .with(io.factoreally.Overrides.parse("role=guest")).build(4, User.class)
                .stream().map(User::toString).collect(Collectors.toList());
        assertThat(values).containsExactlyInAnyOrderElementsOf(expected);
        List<String> extras = results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(m -> m.containsKey("extra")).map(m -> m.get("extra")).distinct().collect(Collectors.toList());
        assertThat(extras).as("every invocation is pinned to seed 9, so the extra parameter repeats").hasSize(1)
                .containsExactly(Expected.factory(SPEC, 9, 1).build().toString());
    }

    @Test
    void aFailingInvocationReportsTheSeedOfTheRecords() {
        EngineExecutionResults results = TestKit.run(FailingSource.class, "factoreally.seed", "77");
        assertThat(TestKit.failures(results)).hasSize(2);
        long methodSeed = Expected.testSeed(77, "[engine:junit-jupiter]/[class:" + FailingSource.class.getName()
                + "]/[test-template:users(" + User.class.getName() + ")]");
        assertThat(TestKit.entries(results, "factoreally.replay").values()).containsOnly("Factoreally:"
                + " RealisticSourceTest.FailingSource.users used seed " + methodSeed + " (derived from run seed 77 and the"
                + " test's unique id); replay this test with @Seed(" + methodSeed + "L) on method"
                + " RealisticSourceTest.FailingSource.users, or the whole run with -Dfactoreally.seed=77");
    }

    static class FailingSource {
        @ParameterizedTest
        @RealisticSource(spec = SPEC, count = 2)
        void users(User user) {
            throw new AssertionError("boom " + user.id());
        }
    }

}
