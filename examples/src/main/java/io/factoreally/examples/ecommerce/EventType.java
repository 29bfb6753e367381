package io.factoreally.examples.ecommerce;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Steps of the storefront funnel, written in snake_case. */
public enum EventType {
    @JsonProperty("page_view") PAGE_VIEW,
    @JsonProperty("product_view") PRODUCT_VIEW,
    @JsonProperty("add_to_cart") ADD_TO_CART,
    @JsonProperty("remove_from_cart") REMOVE_FROM_CART,
    @JsonProperty("checkout_started") CHECKOUT_STARTED,
    @JsonProperty("purchase") PURCHASE
}
