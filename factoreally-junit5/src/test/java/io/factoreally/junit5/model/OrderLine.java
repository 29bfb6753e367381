package io.factoreally.junit5.model;

/** Found by convention as {@code order-line.spec.json}. */
public record OrderLine(String sku, int quantity) {
}
