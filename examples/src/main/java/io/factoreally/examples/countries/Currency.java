package io.factoreally.examples.countries;

/**
 * A currency, the value of {@code currencies.<ISO 4217 code>}.
 *
 * @param name   English name
 * @param symbol symbol, e.g. {@code €}
 */
public record Currency(String name, String symbol) {
}
