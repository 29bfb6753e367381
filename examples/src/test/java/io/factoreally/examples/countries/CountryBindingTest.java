package io.factoreally.examples.countries;

import static io.factoreally.examples.GeneratedRecords.count;
import static io.factoreally.examples.GeneratedRecords.offending;
import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.SpecCreator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A spec learned from countries.json with the {@link Country} model generates records that bind to it. */
class CountryBindingTest {

    private static final Path DATA = Path.of("src/main/resources/data/countries.json");

    @Test
    void aThousandGeneratedCountriesBindAndMapKeysKeepTheirCodeFormat() {
        AnalysisResult analysis = SpecCreator.analyze(DATA, CreateOptions.defaults().model(Country.class));
        assertThat(analysis.records()).isEqualTo(250);
        assertThat(analysis.dynamicMaps()).as("currencies, languages, name.native").isEqualTo(3);
        assertThat(analysis.spec().toJson()).contains("\"currencies.{}.name\"", "\"languages.{}\"",
                "\"name.native.{}.common\"", "\"translations.jpn.common\"", "\"demonyms.eng.f\"", "\"idd.root\"");

        List<Country> countries = Factory.of(analysis.spec()).seed(42).build(1000, Country.class);

        assertThat(countries).hasSize(1000).doesNotContainNull();
        assertThat(offending(countries, c -> c.currencies().keySet().stream(), "[A-Z]{3}")).isEmpty();
        assertThat(offending(countries, c -> c.languages().keySet().stream(), "[a-z]{3}")).isEmpty();
        assertThat(offending(countries, c -> c.name().nativeNames().keySet().stream(), "[a-z]{3}")).isEmpty();
        assertThat(offending(countries, c -> Stream.of(c.cca3()), "[A-Z]{3}")).isEmpty();
        assertThat(count(countries, c -> c.translations().jpn() == null || c.demonyms().eng() == null)).isZero();
    }

    @Test
    void mapSizesAndFrequentKeysFollowTheInput() {
        List<Country> countries = Factory.of(SpecCreator.create(DATA, CreateOptions.defaults().model(Country.class)))
                .seed(42).build(1000, Country.class);
        // Frequent codes keep their share: EUR is in 37 of 250 input records (15 %).
        assertThat(count(countries, c -> c.currencies().containsKey("EUR"))).isBetween(100L, 200L);
        assertThat(count(countries, c -> c.currencies().size() == 1)).as("one currency: 226 of 250").isBetween(850L, 950L);
        assertThat(count(countries, c -> c.languages().size() <= 2)).as("at most 2 languages: 214 of 250")
                .isBetween(810L, 900L);
    }

    @Test
    void theModelCanBeGivenByNameAsTheCliDoes() {
        CreateOptions options = CreateOptions.defaults().modelName("Country", List.of());
        assertThat(options.model()).isEqualTo(Country.class);
        Map<String, Object> one = Factory.of(SpecCreator.create(DATA, options)).seed(7).build();
        assertThat(one).containsKeys("currencies", "languages", "name");
    }
}
