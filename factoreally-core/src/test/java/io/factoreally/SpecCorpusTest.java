package io.factoreally;

import io.factoreally.internal.generate.SpecConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spec the original wrote (../../shared/specs) generates 10,000 records that keep its
 * constraints: presence and null rates and CHOICE frequencies within 2 points, numbers inside
 * [min, max] with the fitted distribution's truncated mean within 5%, valid formats, spec key order.
 */
class SpecCorpusTest {
    private static final Path SPECS = Path.of("../../shared/specs");
    private static final int RECORDS = 10_000;

    static Stream<Path> specs() throws IOException {
        try (Stream<Path> s = Files.list(SPECS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".spec.json")).sorted().toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(9);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void generatedRecordsKeepTheSpecsConstraints(Path file) {
        FactorySpec spec = FactorySpec.read(file);
        Factory factory = Factory.of(spec).seed(20240611L);
        SpecConformance oracle = new SpecConformance(spec);
        factory.stream().limit(RECORDS).forEach(oracle::observe);
        assertThat(oracle.failures()).isEmpty();
    }
}
