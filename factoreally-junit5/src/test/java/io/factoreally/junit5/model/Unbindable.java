package io.factoreally.junit5.model;

/** {@code name} of {@code user.spec.json} is a string, which no int can hold. */
public record Unbindable(int name) {
}
