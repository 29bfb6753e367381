package io.factoreally.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;

import java.io.ByteArrayInputStream;

/**
 * Analysis of arbitrary bytes either fails with a {@link FactoreallyException} naming the problem or
 * produces a spec that writes, loads back identically and generates records.
 *
 * <p>Regression mode runs with {@code mvn verify}; fuzz with {@code JAZZER_FUZZ=1 mvn -pl
 * factoreally-core test -Dtest=AnalysisFuzzTest}.
 */
class AnalysisFuzzTest {
    private static final CreateOptions OPTIONS = CreateOptions.defaults().threads(1).minOccurrences(2);

    @FuzzTest
    void analysisRejectsOrProducesAWorkingSpec(byte[] input) {
        AnalysisResult result;
        try {
            result = SpecCreator.analyze(new ByteArrayInputStream(input), "fuzz.json", OPTIONS);
        } catch (FactoreallyException expected) {
            if (expected.getMessage() == null || !expected.getMessage().contains("fuzz.json")) {
                throw new AssertionError("error does not name the input: " + expected.getMessage(), expected);
            }
            return;
        }
        String json = result.spec().toJson();
        FactorySpec reloaded = FactorySpec.fromJson(json);
        if (!reloaded.toJson().equals(json)) {
            throw new AssertionError("spec changed on reload:\n" + json);
        }
        Factory factory = Factory.of(reloaded).seed(1);
        for (int i = 0; i < 5; i++) {
            factory.recordAt(i);
        }
        FactorySpec.fromJson(result.spec().toJson(true));
    }
}
