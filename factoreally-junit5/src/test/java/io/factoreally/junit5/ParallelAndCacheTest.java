package io.factoreally.junit5;

import io.factoreally.junit5.internal.SpecCache;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 500 concurrent tests (the load test of issue 9) each get exactly their seed's data, and each spec is parsed once per run. */
class ParallelAndCacheTest {
    static final String BIG = "specs/users.spec.json";
    static final String SMALL = "user.spec.json";

    static class Concurrent {
        /** Publishes how many specs the run parsed, after all tests of the class. */
        @RegisterExtension
        static final AfterAllCallback PARSES = context -> context.publishReportEntry("parses",
                Integer.toString(SpecCache.of(context).parseCount()));

        @RepeatedTest(400)
        void big(@Realistic(spec = BIG) Map<String, Object> user, TestReporter r) {
            r.publishEntry("value", user.toString());
            r.publishEntry("thread", Thread.currentThread().getName());
        }

        @Nested
        class More {
            @RepeatedTest(100)
            void small(@Realistic(spec = SMALL, overrides = "role=admin") Map<String, Object> user, TestReporter r) {
                r.publishEntry("value", user.toString());
                r.publishEntry("thread", Thread.currentThread().getName());
            }
        }
    }

    @Test
    void concurrentTestsGetTheirSeedsDataAndSpecsAreParsedOnce() {
        EngineExecutionResults results = TestKit.run(Concurrent.class,
                "factoreally.seed", "2024",
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        assertThat(TestKit.failures(results)).isEmpty();
        results.testEvents().assertStatistics(s -> s.succeeded(500));
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> Map.of("id", e.getTestDescriptor().getUniqueId().toString(),
                        "entry", e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().toString()))
                .toList();
        int checked = 0;
        for (var event : results.testEvents().reportingEntryPublished().list()) {
            Map<String, String> kv = event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs();
            if (!kv.containsKey("value")) {
                continue;
            }
            String id = event.getTestDescriptor().getUniqueId().toString();
            long testSeed = Expected.testSeed(2024, id);
            var factory = id.contains("small") ? Expected.factory(SMALL, testSeed, 0).with(io.factoreally.Overrides.parse("role=admin"))
                    : Expected.factory(BIG, testSeed, 0);
            assertThat(kv.get("value")).as(id).isEqualTo(factory.build().toString());
            checked++;
        }
        assertThat(checked).isEqualTo(500);
        assertThat(results.testEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("thread"))
                .distinct().count()).as("ran on several threads").isGreaterThan(1);
        assertThat(TestKit.entries(results, "parses")).as(entries.size() + " entries").containsValue("2");
    }
}
