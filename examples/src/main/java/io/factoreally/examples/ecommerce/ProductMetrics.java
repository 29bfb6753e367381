package io.factoreally.examples.ecommerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What happened to one product in one event, the value of {@code product_metrics.<SKU>}.
 *
 * @param category     catalogue category
 * @param views        product-page views in the session so far
 * @param quantity     units in the cart (0 when only viewed)
 * @param unitPrice    price per unit in the event's currency
 * @param discountPct  discount applied, in percent
 * @param attributes   chosen variant, e.g. {@code color} and {@code size}: keys vary by product
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProductMetrics(String category, int views, int quantity, BigDecimal unitPrice, double discountPct,
                             Map<String, String> attributes) {
}
