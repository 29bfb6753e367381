package io.factoreally.examples.countries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.internal.model.ModelIntrospector;
import io.factoreally.internal.model.ModelShape;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTest {

    static final ObjectMapper STRICT = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static List<Country> countries() throws IOException {
        try (InputStream in = CountryTest.class.getResourceAsStream("/data/countries.json")) {
            return STRICT.readValue(in, new TypeReference<List<Country>>() { });
        }
    }

    @Test
    void onlyTheCodeKeyedObjectsAreDynamicMaps() {
        ModelShape shape = ModelIntrospector.introspect(Country.class);
        assertThat(shape.dynamicMapPaths()).isEqualTo(Set.of("currencies", "languages", "name.native"));
        assertThat(shape.openPaths()).isEmpty();
        assertThat(shape.publicValues()).containsOnlyKeys("region", "status")
                .containsEntry("status", Set.of("officially-assigned", "user-assigned"));
    }

    @Test
    void everyRecordOfTheDataBindsStrictly() throws IOException {
        List<Country> all = countries();
        assertThat(all).hasSize(250);
        Country aruba = all.get(0);
        assertThat(aruba.name().nativeNames()).containsOnlyKeys("nld", "pap");
        assertThat(aruba.currencies()).containsOnlyKeys("AWG");
        assertThat(aruba.topLevelDomains()).containsExactly(".aw");
        assertThat(aruba.latLng()).containsExactly(12.5, -69.96666666);
        assertThat(aruba.region()).isEqualTo(Country.Region.AMERICAS);
        assertThat(aruba.translations().jpn().common()).isEqualTo("アルバ");
        assertThat(all).filteredOn(c -> c.independent() == null).hasSize(1);
        assertThat(all).filteredOn(c -> "004".equals(c.ccn3())).hasSize(1);
    }
}
