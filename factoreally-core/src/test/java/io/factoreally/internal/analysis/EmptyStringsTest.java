package io.factoreally.internal.analysis;

import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.SpecCreator;
import io.factoreally.internal.spec.ChoiceHint;
import io.factoreally.internal.spec.ConstHint;
import io.factoreally.internal.spec.Hint;
import io.factoreally.internal.spec.TemplateHint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An empty string is no format's value and reveals nothing: a column of codes with a few empty ones
 * keeps its format for the codes and the empty strings' share, and the empty string is stored even when
 * it occurs fewer than k times.
 */
class EmptyStringsTest {
    private static FactorySpec spec(List<Object> records) {
        return SpecCreator.analyze(records, CreateOptions.defaults().threads(1)).spec();
    }

    @Test
    void codesWithAFewEmptyStringsKeepTheirFormatAndTheEmptyShare() {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // ISO 3166 numeric codes, zero-padded; 1 record in 100 has an empty code (fewer than k = 5 in all)
            records.add(Map.of("ccn3", i % 100 == 99 ? "" : String.format(Locale.ROOT, "%03d", 4 + i * 4)));
        }
        List<Hint> hints = spec(records).fields().get("ccn3");
        assertThat(hints).hasSize(2);
        assertThat(hints.get(0)).isInstanceOfSatisfying(ChoiceHint.class, c -> {
            assertThat(c.choices()).extracting(n -> n.textValue()).containsExactly("");
            assertThat(c.weights()).containsExactly(0.01);
            assertThat(c.other()).isEqualTo(0.99);
        });
        assertThat(hints.get(1)).isInstanceOf(TemplateHint.class);
        List<Map<String, Object>> generated = Factory.of(spec(records)).seed(3).build(5000);
        long empty = generated.stream().filter(r -> "".equals(r.get("ccn3"))).count();
        assertThat(empty / 5000.0).isCloseTo(0.01, within(0.004));
        assertThat(generated).allSatisfy(r -> assertThat((String) r.get("ccn3")).matches("|\\d{3}"));
    }

    @Test
    void onlyEmptyStringsAreAConstant() {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(Map.of("gravatar_id", ""));
        }
        assertThat(spec(records).fields().get("gravatar_id")).singleElement().isInstanceOfSatisfying(ConstHint.class,
                c -> assertThat(c.val().textValue()).isEmpty());
    }

    @Test
    void besideRareFreeValuesTheEmptyStringIsStoredAndTheRestWithheld() {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            records.add(Map.of("description", i % 2 == 0 ? "" : "desc number " + i + " of the org"));
        }
        List<Hint> hints = spec(records).fields().get("description");
        assertThat(hints.get(0)).isInstanceOfSatisfying(ChoiceHint.class, c -> {
            assertThat(c.choices()).extracting(n -> n.textValue()).containsExactly("");
            assertThat(c.weights()).containsExactly(0.5);
            assertThat(c.other()).isEqualTo(0.5);
        });
        assertThat(spec(records).toJson()).doesNotContain("desc number");
    }
}
