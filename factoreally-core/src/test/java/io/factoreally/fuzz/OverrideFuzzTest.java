package io.factoreally.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factoreally.Factory;
import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import io.factoreally.Overrides;

import java.nio.file.Path;
import java.util.Map;

/**
 * Override parsing and application never fail with anything but a {@link FactoreallyException}, and
 * an accepted override set builds the same record twice for the same seed.
 *
 * <p>Regression mode runs with {@code mvn verify}; fuzz with {@code JAZZER_FUZZ=1 mvn -pl
 * factoreally-core test -Dtest=OverrideFuzzTest}.
 */
class OverrideFuzzTest {
    private static final Factory FACTORY = Factory.of(FactorySpec.read(Path.of("../../shared/specs/kitchen-sink.spec.json")))
            .seed(7);

    @FuzzTest
    void overridesParseAndApplyOrFailCleanly(FuzzedDataProvider data) {
        int n = data.consumeInt(1, 4);
        String[] assignments = new String[n];
        for (int i = 0; i < n; i++) {
            assignments[i] = data.consumeString(80);
        }
        Overrides overrides;
        Factory factory;
        try {
            overrides = Overrides.parse(assignments);
            factory = FACTORY.with(overrides);
        } catch (FactoreallyException expected) {
            requireMessage(expected);
            return;
        }
        Map<String, Object> first;
        try {
            first = factory.recordAt(3);
        } catch (FactoreallyException expected) {
            requireMessage(expected);
            return;
        }
        Map<String, Object> again = factory.recordAt(3);
        if (!first.equals(again)) {
            throw new AssertionError("same seed, same overrides, different records for " + overrides);
        }
    }

    private static void requireMessage(FactoreallyException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("error without a message", e);
        }
    }
}
