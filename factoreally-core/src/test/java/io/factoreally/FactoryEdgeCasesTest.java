package io.factoreally;

import io.factoreally.internal.generate.EdgeCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of every spec the original wrote (../../shared/specs) and of a spec created from
 * kitchen-sink.json: every boundary the spec's hints imply is covered (checked by {@link EdgeCoverage},
 * which reads only the spec), every record keeps the spec's constraints, the list is the same on every
 * run and stays small.
 */
class FactoryEdgeCasesTest {
    private static final Path SPECS = Path.of("../../shared/specs");
    private static final long SEED = 77L;

    
    /** Upper bounds on the list length (measured sizes, plus one or two): the largest CHOICE decides. */
    private static final Map<String, Integer> MAX_SIZE = Map.of(
            "cars.spec.json", 6, "countries.spec.json", 12, "github-webhooks.spec.json", 12,
            "kitchen-sink.spec.json", 6, "movies.spec.json", 14, "penguins.spec.json", 5,
            "seattle-weather.spec.json", 6, "users.model.spec.json", 9, "users.spec.json", 9,
            "kitchen-sink.json (created)", 22);

    static Stream<Object[]> specs() throws IOException {
        try (Stream<Path> s = Files.list(SPECS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".spec.json")).sorted().toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(9);
            Stream<Object[]> shipped = files.stream().map(p -> new Object[] {p.getFileName().toString(), FactorySpec.read(p)});
            FactorySpec created = SpecCreator.create(Path.of("../../shared/data/kitchen-sink.json"), CreateOptions.defaults());
            return Stream.concat(shipped, Stream.<Object[]>of(new Object[] {"kitchen-sink.json (created)", created}));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void edgeCasesCoverEveryBoundaryKeepTheConstraintsAndStaySmall(String name, FactorySpec spec) {
        Factory factory = Factory.of(spec).seed(SEED);
        List<EdgeCase<Map<String, Object>>> cases = factory.edgeCaseList();

        EdgeCoverage oracle = new EdgeCoverage(spec);
        cases.forEach(c -> oracle.observe(c.record()));
        assertThat(oracle.uncovered()).as("boundaries not covered").isEmpty();
        assertThat(oracle.violations()).as("constraint violations").isEmpty();

        System.out.printf("edge cases: %-30s %4d records for %3d paths%n", name, cases.size(), spec.paths().size());
        assertThat(cases).hasSizeLessThanOrEqualTo(MAX_SIZE.get(name));
        assertThat(cases).allSatisfy(c -> assertThat(c.label()).isNotBlank());
        assertThat(cases.stream().map(EdgeCase::label).distinct().count()).as("labels are distinct").isEqualTo(cases.size());

        Factory again = Factory.of(FactorySpec.fromJson(spec.toJson())).seed(SEED);
        assertThat(again.edgeCaseList()).isEqualTo(cases);
    }

    @Test
    void theRestOfARecordIsRealisticAndDependsOnTheSeed() {
        FactorySpec spec = FactorySpec.read(SPECS.resolve("users.spec.json"));
        List<Map<String, Object>> a = Factory.of(spec).seed(1).edgeCases();
        List<Map<String, Object>> b = Factory.of(spec).seed(2).edgeCases();
        assertThat(a).hasSameSizeAs(b).isNotEqualTo(b);
        assertThat(Factory.of(spec).seed(1).edgeCaseList().stream().map(EdgeCase::label).toList())
                .isEqualTo(Factory.of(spec).seed(2).edgeCaseList().stream().map(EdgeCase::label).toList());
    }
}
