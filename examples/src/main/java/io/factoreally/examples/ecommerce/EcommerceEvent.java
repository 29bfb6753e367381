package io.factoreally.examples.ecommerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A storefront analytics event, the model of {@code data/ecommerce-events.json}. JSON names are
 * snake_case ({@code product_metrics}, {@code session_id}).
 *
 * <p>Dynamic maps: {@code product_metrics} (SKU -> metrics, itself holding a dynamic
 * {@code attributes} map), {@code experiments} (experiment key -> variant flag), and the optional
 * {@code utm} and {@code custom_dimensions}.
 *
 * @param eventId          random UUID
 * @param userId           {@code usr_} + 10 lower-case letters/digits
 * @param sessionId        {@code sess_} + 16 hex digits
 * @param eventType        funnel step
 * @param timestamp        UTC instant with milliseconds
 * @param country          ISO 3166-1 alpha-2 code of the shopper
 * @param currency         ISO 4217 code of the prices
 * @param revenue          order total for {@code purchase} events, null otherwise
 * @param page             path of the page, e.g. {@code /products/sku-10422}
 * @param device           the shopper's device
 * @param productMetrics   SKU -> what happened to that product in this event (empty for page views)
 * @param experiments      experiment key -> whether the shopper is in the treatment group
 * @param utm              campaign parameters, absent for direct traffic
 * @param customDimensions free-form tracking dimensions, absent on most events
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EcommerceEvent(
        UUID eventId,
        String userId,
        String sessionId,
        EventType eventType,
        Instant timestamp,
        String country,
        String currency,
        BigDecimal revenue,
        String page,
        Device device,
        Map<String, ProductMetrics> productMetrics,
        Map<String, Boolean> experiments,
        Optional<Map<String, String>> utm,
        Optional<Map<String, String>> customDimensions) {
}
