package io.factoreally.examples.ecommerce;

/**
 * The shopper's device: a fixed object.
 *
 * @param type    {@code mobile}, {@code desktop} or {@code tablet}
 * @param os      operating system
 * @param browser browser
 */
public record Device(String type, String os, String browser) {
}
