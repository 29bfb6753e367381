package io.factoreally.examples.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticSpec;
import io.factoreally.junit5.Seed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Seeds and replay, shown by running a small test class (which fails on purpose, reporting the user
 * it got) through the JUnit Platform the way Maven does: the run seed {@code factoreally.seed} and
 * {@code @Seed} decide the data, and a failure tells how to get the same data again.
 */
class SeedAndReplayTest {

    private static final String DEMO = "examples.seed-and-replay-demo";
    private static final Logger REPLAY_LOG = Logger.getLogger("io.factoreally.junit5");

    /** Runs only through {@link #run} (which sets {@value #DEMO}), never on its own. */
    @RealisticSpec("user.spec.json")
    @ExtendWith(OnlyInTheDemo.class)
    static class SignupCheck {
        @Test
        void fromTheRunSeed(@Realistic User user) {
            fail("got " + user.id());
        }

        @Test
        @Seed(7)
        void pinned(@Realistic User user) {
            fail("got " + user.id());
        }

        @Test
        @Seed(7)
        void pinnedToo(@Realistic User user) {
            fail("got " + user.id());
        }
    }

    @Test
    void theSameRunSeedGivesTheSameData() {
        assertThat(failures(run("123"))).isEqualTo(failures(run("123")));
        assertThat(failures(run("124")).get("fromTheRunSeed")).isNotEqualTo(failures(run("123")).get("fromTheRunSeed"));
    }

    @Test
    void aPinnedSeedIgnoresTheRunSeed() {
        Map<String, String> a = failures(run("123"));
        Map<String, String> b = failures(run("124"));

        assertThat(a.get("pinned")).isEqualTo(b.get("pinned")).isEqualTo(a.get("pinnedToo"));
    }

    @Test
    void aFailureSaysHowToReplayIt() {
        EngineExecutionResults random = run(null);
        String replay = entry(random, "factoreally.replay");
        Matcher runSeed = Pattern.compile("-Dfactoreally\\.seed=(-?\\d+)").matcher(replay);
        assertThat(runSeed.find()).as(replay).isTrue();

        // What a user does with the line: run again with -Dfactoreally.seed=<that number>.
        EngineExecutionResults replayed = run(runSeed.group(1));

        assertThat(failures(replayed).get("fromTheRunSeed")).isEqualTo(failures(random).get("fromTheRunSeed"));
    }

    /** Disables {@link SignupCheck} unless {@link #run} started it (for example with {@code -Dtest=...}). */
    static class OnlyInTheDemo implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(DEMO).isPresent()
                    ? ConditionEvaluationResult.enabled("run by SeedAndReplayTest")
                    : ConditionEvaluationResult.disabled("fails on purpose; run by SeedAndReplayTest only");
        }
    }

    private static EngineExecutionResults run(String runSeed) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(SignupCheck.class))
                .configurationParameter(DEMO, "true");
        if (runSeed != null) {
            kit = kit.configurationParameter("factoreally.seed", runSeed);
        }
        Level level = REPLAY_LOG.getLevel();
        REPLAY_LOG.setLevel(Level.OFF);                 // the planned failures need no replay lines in the build log
        try {
            return kit.execute();
        } finally {
            REPLAY_LOG.setLevel(level);
        }
    }

    /** Test method name -> failure message. */
    private static Map<String, String> failures(EngineExecutionResults results) {
        return results.testEvents().failed().stream().collect(Collectors.toMap(
                e -> e.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", ""),
                e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("")));
    }

    private static String entry(EngineExecutionResults results, String key) {
        List<String> lines = results.testEvents().reportingEntryPublished().stream()
                .filter(e -> e.getTestDescriptor().getLegacyReportingName().startsWith("fromTheRunSeed"))
                .map(e -> e.getPayload(ReportEntry.class))
                .flatMap(Optional::stream)
                .map(r -> r.getKeyValuePairs().get(key))
                .filter(v -> v != null)
                .toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

}
