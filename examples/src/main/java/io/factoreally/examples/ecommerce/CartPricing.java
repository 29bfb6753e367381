package io.factoreally.examples.ecommerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * A tiny piece of checkout logic for the examples to test with realistic events: the cart total of
 * an event after each product's own discount, and a free-shipping rule.
 */
public final class CartPricing {

    /** Currencies without minor units: totals are rounded to whole units. */
    private static final Set<String> NO_MINOR_UNITS = Set.of("JPY", "KRW");

    /** Orders at or above this total (in the order's currency) ship free. */
    private final BigDecimal freeShippingThreshold;

    /** @param freeShippingThreshold orders at or above this total ship free */
    public CartPricing(BigDecimal freeShippingThreshold) {
        this.freeShippingThreshold = freeShippingThreshold;
    }

    /**
     * The sum over the event's products of quantity x unit price x (1 - discount), rounded half-even
     * to the currency's minor units. Zero for events without products in the cart.
     */
    public BigDecimal total(EcommerceEvent event) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, ProductMetrics> e : event.productMetrics().entrySet()) {
            ProductMetrics m = e.getValue();
            if (m.quantity() < 0) {
                throw new IllegalArgumentException(e.getKey() + ": negative quantity " + m.quantity());
            }
            BigDecimal keep = BigDecimal.ONE.subtract(BigDecimal.valueOf(m.discountPct()).movePointLeft(2));
            sum = sum.add(m.unitPrice().multiply(BigDecimal.valueOf(m.quantity())).multiply(keep));
        }
        int scale = NO_MINOR_UNITS.contains(event.currency()) ? 0 : 2;
        return sum.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Whether the order ships free: its total reaches the threshold, or the shopper is in the
     * treatment group of the {@code exp_free_shipping_banner} experiment and buys anything.
     */
    public boolean freeShipping(EcommerceEvent event) {
        BigDecimal total = total(event);
        boolean inBannerExperiment = Boolean.TRUE.equals(event.experiments().get("exp_free_shipping_banner"));
        return total.compareTo(freeShippingThreshold) >= 0 || (inBannerExperiment && total.signum() > 0);
    }
}
