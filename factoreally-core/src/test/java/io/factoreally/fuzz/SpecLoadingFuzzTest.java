package io.factoreally.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factoreally.FactoreallyException;
import io.factoreally.FactorySpec;

import java.nio.charset.StandardCharsets;

/**
 * Spec loading never fails with anything but a {@link FactoreallyException} (a message naming what
 * is wrong): no NullPointerException, no StackOverflowError, no OutOfMemoryError. A loaded spec
 * writes and re-reads to the same bytes.
 *
 * <p>Runs in regression mode (seed corpus in src/test/resources) with {@code mvn verify}; fuzz for a
 * while with {@code JAZZER_FUZZ=1 mvn -pl factoreally-core test -Dtest=SpecLoadingFuzzTest
 * -Djazzer.max_duration=5m}.
 */
class SpecLoadingFuzzTest {

    @FuzzTest
    void loadingRejectsOrRoundTrips(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        FactorySpec spec;
        try {
            spec = FactorySpec.fromJson(json);
        } catch (FactoreallyException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("error without a message", expected);
            }
            return;
        }
        String written = spec.toJson();
        String again = FactorySpec.fromJson(written).toJson();
        if (!written.equals(again)) {
            throw new AssertionError("round trip changed the spec:\n" + written + "\n---\n" + again);
        }
    }
}
