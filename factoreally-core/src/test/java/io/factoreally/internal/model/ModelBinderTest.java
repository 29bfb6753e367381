package io.factoreally.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.factoreally.FactoreallyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelBinderTest {

    enum Kind { VIEW, BUY }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Metrics(int views, BigDecimal unitPrice) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Event(String id, Kind kind, Instant at, Map<String, Metrics> productMetrics,
                        Optional<Map<String, String>> utm, List<Integer> scores) {
    }

    private final ModelBinder binder = ModelBinder.standard();

    @Test
    void bindsRecordsOptionalsMapsAndJavaTime() {
        Event e = binder.bind(Map.of("id", "e1", "kind", "BUY", "at", "2025-03-01T10:00:00.123Z",
                "product_metrics", Map.of("SKU-1", Map.of("views", 2, "unit_price", 9.99)),
                "scores", List.of(1, 2), "unknown_field", true), Event.class);
        assertThat(e.at()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
        assertThat(e.productMetrics().get("SKU-1").unitPrice()).isEqualByComparingTo("9.99");
        assertThat(e.utm()).isEmpty();
    }

    @Test
    void aBadValueInsideAMapNamesSpecPathLocationValueAndType() {
        Map<String, Object> record = Map.of("id", "e1",
                "product_metrics", Map.of("SKU-12345", Map.of("views", 1, "unit_price", "cheap")));
        assertThatThrownBy(() -> binder.bind(record, Event.class))
                .isInstanceOf(FactoreallyException.class)
                .hasMessage("Cannot bind a generated record to " + Event.class.getName()
                        + ": field 'product_metrics.{}.unit_price' (at product_metrics[\"SKU-12345\"].unit_price)"
                        + " has JSON value \"cheap\" that does not fit Java type java.math.BigDecimal (Jackson: Cannot"
                        + " deserialize value of type `java.math.BigDecimal` from String \"cheap\": not a valid"
                        + " representation)");
    }

    @Test
    void aBadEnumAndABadListElementAreLocatedToo() {
        assertThatThrownBy(() -> binder.bind(Map.of("kind", "REFUND"), Event.class))
                .hasMessageStartingWith("Cannot bind a generated record to " + Event.class.getName()
                        + ": field 'kind' has JSON value \"REFUND\" that does not fit Java type "
                        + Kind.class.getName() + " (Jackson: ");
        assertThatThrownBy(() -> binder.bind(Map.of("scores", List.of(1, Map.of("x", 1))), Event.class))
                .hasMessageStartingWith("Cannot bind a generated record to " + Event.class.getName()
                        + ": field 'scores[]' (at scores[1]) has JSON value {\"x\":1} that does not fit Java type"
                        + " java.lang.Integer (Jackson: ");
    }
}
