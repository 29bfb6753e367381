package io.factoreally.junit5;

import io.factoreally.EdgeCase;
import io.factoreally.internal.generate.Rng;
import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @RealisticBatch(edgeCases = true)} and {@code @RealisticEdgeCases}: the spec's edge cases from the test's seed. */
class EdgeCasesTest {
    static final String SPEC = "user.spec.json";

    /** A model that cannot hold {@code level=null}. */
    public record Level(String name, int level) {
    }

    @Seed(5)
    static class Batches {
        @Test
        void users(@RealisticBatch(spec = SPEC, edgeCases = true, size = 1) List<User> users,
                   @RealisticBatch(spec = SPEC, edgeCases = true) Stream<Map<String, Object>> maps, TestReporter r) {
            r.publishEntry("users", users.toString());
            r.publishEntry("maps", maps.toList().toString());
        }
    }

    @Test
    void aBatchWithEdgeCasesInjectsTheWholeListFromThePointsSeed() {
        EngineExecutionResults results = TestKit.run(Batches.class);
        assertThat(TestKit.failures(results)).isEmpty();
        Map<String, String> users = TestKit.entries(results, "users");
        List<User> expected = Expected.factory(SPEC, 5, 0).edgeCases(User.class);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(users.values()).containsExactly(expected.toString());
        assertThat(TestKit.entries(results, "maps").values())
                .containsExactly(Expected.factory(SPEC, 5, 1).edgeCases().toString());
    }

    @Seed(9)
    static class Sourced {
        @ParameterizedTest(name = "{argumentSetName}")
        @RealisticEdgeCases(spec = SPEC, overrides = "role=guest")
        void users(User user, TestReporter r) {
            assertThat(user.role()).isEqualTo("guest");
            r.publishEntry("value", user.toString());
        }
    }

    @Test
    void aSourceRunsOneInvocationPerEdgeCaseNamedAfterItsBoundaries() {
        EngineExecutionResults results = TestKit.run(Sourced.class);
        assertThat(TestKit.failures(results)).isEmpty();
        List<EdgeCase<User>> expected = Expected.factory(SPEC, 9, Rng.hash("edge-cases"))
                .with(io.factoreally.Overrides.parse("role=guest")).edgeCaseList(User.class);
        List<String> names = results.testEvents().succeeded().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected.stream().map(EdgeCase::label).toList());
        assertThat(names).as("the overridden role is no boundary").contains(
                "name=\"Bo\", age=max, active=false, nickname=\"bee\", tags[]=\"b\", address.city=\"Berlin\"",
                "name=\"Eli\", nickname=null, tags[]=\"c\"");
        List<String> values = results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("value")).toList();
        assertThat(values).containsExactlyInAnyOrderElementsOf(expected.stream().map(c -> c.record().toString()).toList());
    }

    static class LevelsSourced {
        @ParameterizedTest
        @RealisticEdgeCases(spec = "levels.spec.json")
        void levels(Level level) {
            assertThat(level.level()).isBetween(1, 5);
        }
    }

    @Test
    void recordsTheModelCannotHoldAreLeftOutAndTheRestIsNamedByTheDefaultPattern() {
        EngineExecutionResults results = TestKit.run(LevelsSourced.class);
        assertThat(TestKit.failures(results)).isEmpty();
        List<String> names = results.testEvents().succeeded().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
        assertThat(names).containsExactlyInAnyOrder("[1] name=\"Ana\", level=min", "[2] name=\"Bo\", level=max");
    }

    static class NoParameter {
        @ParameterizedTest
        @RealisticEdgeCases(spec = SPEC)
        void nothing() {
        }
    }

    @Test
    void aSourceWithoutAParameterSaysSo() {
        EngineExecutionResults results = TestKit.run(NoParameter.class);
        assertThat(TestKit.failures(results).values()).containsExactly("ExtensionConfigurationException:"
                + " @RealisticEdgeCases on EdgeCasesTest.NoParameter.nothing() needs a first parameter to receive"
                + " the records");
    }
}
