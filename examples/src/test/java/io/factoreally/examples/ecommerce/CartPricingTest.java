package io.factoreally.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.factoreally.Factory;
import io.factoreally.junit5.Realistic;
import io.factoreally.junit5.RealisticBatch;
import io.factoreally.junit5.RealisticSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@link CartPricing} tested with realistic storefront events. No spec is named: the extension finds
 * {@code ecommerce-event.spec.json} by convention from the type {@code EcommerceEvent}.
 */
class CartPricingTest {

    private static final String ONE_DISCOUNTED_PRODUCT = "product_metrics={\"SKU-10001\": {\"category\": \"toys\", "
            + "\"views\": 1, \"quantity\": 2, \"unit_price\": 10.00, \"discount_pct\": 25.0, \"attributes\": {}}}";

    private final CartPricing pricing = new CartPricing(new BigDecimal("100.00"));

    @Test
    void appliesEachProductsDiscount(@Realistic(overrides = {ONE_DISCOUNTED_PRODUCT, "currency=EUR"}) EcommerceEvent event) {
        assertThat(pricing.total(event)).isEqualByComparingTo("15.00").hasScaleOf(2);
    }

    @Test
    void yenTotalsHaveNoMinorUnits(@RealisticBatch(size = 100, overrides = "currency=JPY") List<EcommerceEvent> events) {
        assertThat(events).allSatisfy(e -> assertThat(pricing.total(e).scale()).isZero());
    }

    @Test
    void totalsAreNeverNegative(@RealisticBatch(size = 300) Stream<EcommerceEvent> events) {
        assertThat(events.map(pricing::total)).allSatisfy(t -> assertThat(t).isNotNegative());
    }

    @ParameterizedTest
    @RealisticSource(count = 20, overrides = "experiments.exp_free_shipping_banner=true")
    void theBannerExperimentShipsEveryPaidOrderFree(EcommerceEvent event) {
        assertThat(pricing.freeShipping(event)).isEqualTo(pricing.total(event).signum() > 0);
    }

    @Test
    void bigOrdersShipFreeForEveryone(@Realistic(spec = "ecommerce-event.spec.json") Factory events) {
        // A key added to a dynamic map, whatever keys the event has already.
        EcommerceEvent bigOrder = events
                .with("experiments.exp_free_shipping_banner", false)
                .with("product_metrics.SKU-20002", Map.of(
                        "category", "electronics", "views", 3, "quantity", 50, "unit_price", 9.99,
                        "discount_pct", 0.0, "attributes", Map.of()))
                .build(EcommerceEvent.class);

        assertThat(pricing.total(bigOrder)).isGreaterThanOrEqualTo(new BigDecimal("499.50"));
        assertThat(pricing.freeShipping(bigOrder)).isTrue();
    }
}
