package io.factoreally.internal.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.SpecCreator;
import io.factoreally.internal.model.ModelIntrospector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enum constants are declared by the model, so they are public: the privacy rule keeps a rare
 * constant, and an enum-typed field never gets a learned format that could produce non-constants.
 */
class PublicValuesTest {
    enum Status {
        @JsonProperty("officially-assigned") OFFICIAL,
        @JsonProperty("user-assigned") USER
    }

    enum Tier { GOLD, SILVER }

    record Country(String name, Status status, EnumMap<Tier, Integer> tiers) {
    }

    @Test
    void theModelDeclaresEnumConstantsAsJacksonWritesThem() {
        var shape = ModelIntrospector.introspect(Country.class);
        assertThat(shape.publicValues()).containsEntry("status", Set.of("officially-assigned", "user-assigned"))
                .containsEntry("tiers", Set.of("GOLD", "SILVER"));
    }

    @Test
    void aRareConstantIsKeptAndGeneratedValuesBindToTheEnum() {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(Map.of("name", "c" + i, "status", i == 0 ? "user-assigned" : "officially-assigned",
                    "tiers", i == 0 ? Map.of("SILVER", 1) : Map.of("GOLD", i)));
        }
        AnalysisResult withModel = SpecCreator.analyze(records, CreateOptions.defaults().threads(1).model(Country.class));
        assertThat(withModel.spec().toJson()).contains("\"user-assigned\"").contains("\"SILVER\"");
        Factory factory = Factory.of(withModel.spec()).seed(5);
        assertThat(factory.build(200, Country.class)).extracting(Country::status).contains(Status.USER, Status.OFFICIAL);

        AnalysisResult withoutModel = SpecCreator.analyze(records, CreateOptions.defaults().threads(1));
        assertThat(withoutModel.spec().toJson()).doesNotContain("\"user-assigned\"");
    }
}
