package io.factoreally.examples.countries;

import static io.factoreally.examples.GeneratedRecords.offending;
import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.CreateOptions;
import io.factoreally.EdgeCase;
import io.factoreally.Factory;
import io.factoreally.SpecCreator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edge cases of a spec learned with the {@link Country} model bind to it, boundaries and all. */
class CountryEdgeCasesTest {

    private static final Path DATA = Path.of("src/main/resources/data/countries.json");

    @Test
    void everyEdgeCaseBindsToTheModel() {
        Factory factory = Factory.of(SpecCreator.create(DATA, CreateOptions.defaults().model(Country.class))).seed(42);
        List<EdgeCase<Map<String, Object>>> maps = factory.edgeCaseList();
        List<EdgeCase<Country>> countries = factory.edgeCaseList(Country.class);

        System.out.printf("edge cases: countries.json with the Country model: %d records%n", maps.size());
        assertThat(maps).hasSizeBetween(2, 40);
        assertThat(countries).extracting(EdgeCase::label).isEqualTo(maps.stream().map(EdgeCase::label).toList());
        List<Country> bound = countries.stream().map(EdgeCase::record).toList();
        assertThat(offending(bound, c -> c.currencies() == null ? java.util.stream.Stream.empty()
                : c.currencies().keySet().stream(), "[A-Z]{3}")).isEmpty();
        assertThat(maps).anySatisfy(c -> assertThat(c.label()).contains("currencies=empty"));
    }
}
