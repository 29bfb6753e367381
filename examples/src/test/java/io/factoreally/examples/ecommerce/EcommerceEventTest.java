package io.factoreally.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factoreally.internal.model.ModelIntrospector;
import io.factoreally.internal.model.ModelShape;
import io.factoreally.junit5.RealisticBatch;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EcommerceEventTest {

    static final ObjectMapper STRICT = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static List<EcommerceEvent> events() throws IOException {
        try (InputStream in = EcommerceEventTest.class.getResourceAsStream("/data/ecommerce-events.json")) {
            return STRICT.readValue(in, new TypeReference<List<EcommerceEvent>>() { });
        }
    }

    @Test
    void mapsIncludingOptionalOnesAndMapsInsideMapValuesAreDynamic() {
        ModelShape shape = ModelIntrospector.introspect(EcommerceEvent.class);
        assertThat(shape.dynamicMapPaths()).isEqualTo(
                Set.of("product_metrics", "product_metrics.{}.attributes", "experiments", "utm", "custom_dimensions"));
        assertThat(shape.openPaths()).isEmpty();
    }

    @Test
    void theSampleDataBindsStrictlyAndLooksLikeAStorefront() throws IOException {
        List<EcommerceEvent> all = events();
        assertThat(all).hasSize(595);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.sessionId()).matches("sess_[0-9a-f]{16}");
            assertThat(e.userId()).matches("usr_[a-z0-9]{10}");
            assertThat(e.currency()).matches("[A-Z]{3}");
            assertThat(e.productMetrics().keySet()).allMatch(k -> k.matches("SKU-\\d{5}"));
            assertThat(e.revenue() != null).isEqualTo(e.eventType() == EventType.PURCHASE);
        });
        assertThat(all).filteredOn(e -> e.utm().isPresent()).hasSizeBetween(150, 350);
        assertThat(all).filteredOn(e -> e.eventType() == EventType.PURCHASE)
                .allSatisfy(e -> assertThat(e.revenue()).isGreaterThan(BigDecimal.ZERO));
        assertThat(all).isSortedAccordingTo((a, b) -> a.timestamp().compareTo(b.timestamp()));
    }

    @Test
    void generatedEventsCarryRevenueOnlyOnPurchasesAsTheSampleDoes(@RealisticBatch(size = 500) List<EcommerceEvent> events) {
        // the spec's "nulls" relation: revenue is null for every event type but purchase
        assertThat(events).allSatisfy(e -> assertThat(e.revenue() != null).isEqualTo(e.eventType() == EventType.PURCHASE));
        assertThat(events).filteredOn(e -> e.eventType() == EventType.PURCHASE).isNotEmpty()
                .allSatisfy(e -> assertThat(e.revenue()).isGreaterThan(BigDecimal.ZERO));
    }
}
