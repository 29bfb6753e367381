package io.factoreally.junit5;

import io.factoreally.junit5.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-test seeds, the failure report and both ways to replay. */
class SeedTest {
    static final String SPEC = "user.spec.json";
    static final String FAILS_ID = "[engine:junit-jupiter]/[class:io.factoreally.junit5.SeedTest$Failing]"
            + "/[method:fails(io.factoreally.junit5.model.User, org.junit.jupiter.api.TestReporter)]";
    /** The seed {@link Failing#fails} gets from run seed 12345 (asserted in {@link #theDerivedSeedIsReported}). */
    static final long FAILS_SEED_FROM_12345 = -7340372472982213837L;

    static class Failing {
        @Test
        void fails(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
            throw new AssertionError("boom");
        }

        @Test
        void passes(@Realistic(spec = SPEC) User user) {
        }

        @Test
        void aborted(@Realistic(spec = SPEC) User user) {
            Assumptions.abort("not today");
        }

        @Test
        void failsWithoutData() {
            throw new AssertionError("no data");
        }
    }

    @Test
    void theDerivedSeedIsReported() {
        EngineExecutionResults results = TestKit.run(Failing.class, "factoreally.seed", "12345");
        assertThat(Expected.testSeed(12345, FAILS_ID)).isEqualTo(FAILS_SEED_FROM_12345);
        String line = "Factoreally: SeedTest.Failing.fails used seed " + FAILS_SEED_FROM_12345 + " (derived from run seed"
                + " 12345 and the test's unique id); replay this test with @Seed(" + FAILS_SEED_FROM_12345 + "L) on method"
                + " SeedTest.Failing.fails, or the whole run with -Dfactoreally.seed=12345";
        assertThat(TestKit.entries(results, "factoreally.replay")).containsExactlyEntriesOf(
                Map.of("fails(User, TestReporter)", line));
        assertThat(TestKit.entries(results, "factoreally.seed")).containsExactlyEntriesOf(
                Map.of("fails(User, TestReporter)", Long.toString(FAILS_SEED_FROM_12345)));
        assertThat(TestKit.entries(results, "value").get("fails(User, TestReporter)"))
                .isEqualTo(Expected.factory(SPEC, FAILS_SEED_FROM_12345, 0).build(User.class).toString());
    }

    static class Replayed {
        @Seed(FAILS_SEED_FROM_12345)
        @Test
        void fails(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
            throw new AssertionError("boom");
        }
    }

    @Test
    void replayWithSeedGivesTheSameData() {
        String original = TestKit.entries(TestKit.run(Failing.class, "factoreally.seed", "12345"), "value")
                .get("fails(User, TestReporter)");
        EngineExecutionResults replay = TestKit.run(Replayed.class, "factoreally.seed", "999");
        assertThat(TestKit.entries(replay, "value").get("fails(User, TestReporter)")).isEqualTo(original);
        assertThat(TestKit.entries(replay, "factoreally.replay")).containsExactlyEntriesOf(Map.of("fails(User, TestReporter)",
                "Factoreally: SeedTest.Replayed.fails used seed " + FAILS_SEED_FROM_12345 + " (pinned by @Seed on method"
                        + " SeedTest.Replayed.fails); every run injects the same data"));
    }

    @Test
    void replayWithTheRunSeedFromARandomRunGivesTheSameData() {
        EngineExecutionResults random = TestKit.run(Failing.class);
        String line = TestKit.entries(random, "factoreally.replay").get("fails(User, TestReporter)");
        Matcher m = Pattern.compile("derived from random run seed (\\d+) .* -Dfactoreally\\.seed=(\\d+)$").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(m.group(2)).isEqualTo(m.group(1));
        EngineExecutionResults replay = TestKit.run(Failing.class, "factoreally.seed", m.group(1));
        assertThat(TestKit.entries(replay, "value")).isEqualTo(TestKit.entries(random, "value"));
        assertThat(TestKit.entries(TestKit.run(Failing.class), "value")).as("another random run differs")
                .isNotEqualTo(TestKit.entries(random, "value"));
    }

    @Test
    void onlyFailuresOfTestsThatUsedDataAreReported() {
        EngineExecutionResults results = TestKit.run(Failing.class, "factoreally.seed", "1");
        assertThat(TestKit.entries(results, "factoreally.seed")).containsOnlyKeys("fails(User, TestReporter)");
    }

    @Seed(3)
    static class ClassPinned {
        @Test
        void a(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Test
        void b(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }

        @Seed(4)
        @Test
        void c(@Realistic(spec = SPEC) User user, TestReporter r) {
            r.publishEntry("value", user.toString());
        }
    }

    @Test
    void seedOnTheClassPinsEveryTestAndTheMethodWins() {
        Map<String, String> values = TestKit.entries(TestKit.run(ClassPinned.class), "value");
        String three = Expected.factory(SPEC, 3, 0).build(User.class).toString();
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("a(User, TestReporter)", three,
                "b(User, TestReporter)", three,
                "c(User, TestReporter)", Expected.factory(SPEC, 4, 0).build(User.class).toString()));
    }

    static class FailsAfterEach {
        @Test
        void t(@Realistic(spec = SPEC) User user) {
        }

        @AfterEach
        void tearDown() {
            throw new IllegalStateException("teardown");
        }
    }

    @Test
    void failuresOutsideTheTestMethodAreReportedToo() {
        EngineExecutionResults results = TestKit.run(FailsAfterEach.class, "factoreally.seed", "8");
        assertThat(TestKit.entries(results, "factoreally.seed")).containsOnlyKeys("t(User)");
    }

    @Test
    void aTestsDataDoesNotDependOnWhichOtherTestsRun() {
        Map<String, String> all = TestKit.entries(TestKit.run(Failing.class, "factoreally.seed", "21"), "value");
        EngineExecutionResults alone = org.junit.platform.testkit.engine.EngineTestKit.engine("junit-jupiter")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(Failing.class, "fails",
                        User.class.getName() + "," + TestReporter.class.getName()))
                .configurationParameter("factoreally.seed", "21").execute();
        assertThat(TestKit.entries(alone, "value")).isEqualTo(all);
    }

    static class FailingDynamic {
        @org.junit.jupiter.api.TestFactory
        java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> users(@RealisticBatch(spec = SPEC, size = 2) List<User> users) {
            return users.stream().map(u -> org.junit.jupiter.api.DynamicTest.dynamicTest(u.name(), () -> {
                throw new AssertionError("boom");
            }));
        }
    }

    @Test
    void failingDynamicTestsReportTheFactorysSeed() {
        EngineExecutionResults results = TestKit.run(FailingDynamic.class, "factoreally.seed", "6");
        long seed = Expected.testSeed(6, "[engine:junit-jupiter]/[class:" + FailingDynamic.class.getName()
                + "]/[test-factory:users(java.util.List)]");
        assertThat(TestKit.failures(results)).hasSize(2);
        assertThat(TestKit.entries(results, "factoreally.seed").values()).hasSize(2).containsOnly(Long.toString(seed));
    }

    @Test
    void theReplayLineIsLogged() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.factoreally.junit5");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            EngineExecutionResults results = TestKit.run(Failing.class, "factoreally.seed", "12345");
            assertThat(lines).contains("WARNING " + TestKit.entries(results, "factoreally.replay").get("fails(User, TestReporter)"));
        } finally {
            logger.removeHandler(handler);
        }
    }
}
