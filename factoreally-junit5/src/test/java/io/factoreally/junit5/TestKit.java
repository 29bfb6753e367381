package io.factoreally.junit5;

import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.engine.TestExecutionResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs test classes through the Jupiter engine and reads what they reported. */
final class TestKit {
    private TestKit() {
    }

    /** Runs {@code testClass} with configuration parameters given as {@code key, value, key, value...}. */
    static EngineExecutionResults run(Class<?> testClass, String... config) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < config.length; i += 2) {
            params.put(config[i], config[i + 1]);
        }
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .configurationParameters(params)
                .execute();
    }

    /** Test (and container) display name -> value of report entry {@code key} published by it, in order. */
    static Map<String, String> entries(EngineExecutionResults results, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        results.allEvents().reportingEntryPublished().stream().forEach(e -> {
            ReportEntry entry = e.getPayload(ReportEntry.class).orElseThrow();
            String value = entry.getKeyValuePairs().get(key);
            if (value != null) {
                out.merge(name(e), value, (a, b) -> a + "\n" + b);
            }
        });
        return out;
    }

    /** Display name (with the method's name for invocations) -> failure message of every failed test or container. */
    static Map<String, String> failures(EngineExecutionResults results) {
        Map<String, String> out = new LinkedHashMap<>();
        results.allEvents().stream().filter(e -> e.getType() == EventType.FINISHED).forEach(e -> {
            TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
            Optional<Throwable> t = r.getThrowable();
            if (r.getStatus() == TestExecutionResult.Status.FAILED && t.isPresent()) {
                out.put(name(e), t.get().getClass().getSimpleName() + ": " + t.get().getMessage());
            }
        });
        return out;
    }

    /** Names of tests that succeeded. */
    static List<String> succeeded(EngineExecutionResults results) {
        List<String> out = new ArrayList<>();
        results.testEvents().succeeded().stream().forEach(e -> out.add(name(e)));
        return out;
    }

    static String name(Event e) {
        return e.getTestDescriptor().getLegacyReportingName();
    }
}
