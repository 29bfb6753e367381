package io.factoreally.examples.ecommerce;

import static io.factoreally.examples.GeneratedRecords.count;
import static io.factoreally.examples.GeneratedRecords.offending;
import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.AnalysisResult;
import io.factoreally.CreateOptions;
import io.factoreally.Factory;
import io.factoreally.SpecCreator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A spec learned from the ecommerce sample with {@link EcommerceEvent} generates events that bind to it. */
class EcommerceEventBindingTest {

    private static final Path DATA = Path.of("src/main/resources/data/ecommerce-events.json");

    @Test
    void aThousandGeneratedEventsBindAndKeysFollowTheLearnedFormats() {
        AnalysisResult analysis = SpecCreator.analyze(DATA,
                CreateOptions.defaults().modelName("EcommerceEvent", List.of()));
        assertThat(analysis.records()).isEqualTo(595);
        assertThat(analysis.dynamicMaps()).as("product_metrics(.{}.attributes), experiments, utm, custom_dimensions")
                .isEqualTo(5);

        List<EcommerceEvent> events = Factory.of(analysis.spec()).seed(42).build(1000, EcommerceEvent.class);

        assertThat(events).hasSize(1000).doesNotContainNull();
        assertThat(offending(events, e -> e.productMetrics().keySet().stream(), "SKU-\\d{5}")).isEmpty();
        assertThat(offending(events, e -> e.experiments().keySet().stream(), "exp_[a-z0-9_]+")).isEmpty();
        assertThat(offending(events, e -> e.utm().map(Map::keySet).stream().flatMap(s -> s.stream()), "utm_[a-z]+"))
                .isEmpty();
        assertThat(offending(events, e -> Stream.of(e.sessionId()), "sess_[0-9a-f]{16}")).isEmpty();
        assertThat(offending(events, e -> Stream.of(e.userId()), "usr_[a-z0-9]{10}")).isEmpty();
        assertThat(offending(events, e -> Stream.of(e.currency()), "[A-Z]{3}")).isEmpty();
        assertThat(count(events, e -> e.timestamp() == null)).isZero();
        assertThat(count(events, e -> e.productMetrics().values().stream().anyMatch(m -> m.unitPrice().signum() <= 0)))
                .isZero();
        assertThat(count(events, e -> e.revenue() != null && e.revenue().compareTo(BigDecimal.ZERO) <= 0)).isZero();
        // utm is present on 37 % of the sample events: MISSING is honoured for optional maps.
        assertThat(count(events, e -> e.utm().isPresent())).isBetween(300L, 450L);
    }
}
