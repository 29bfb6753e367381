package io.factoreally.junit5.model;

/** Part of {@link User}. */
public record Address(String city) {
}
