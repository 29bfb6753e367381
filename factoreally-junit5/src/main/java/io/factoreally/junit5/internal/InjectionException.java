package io.factoreally.junit5.internal;

/**
 * A problem with one injection point; the extension turns it into the JUnit exception that fits
 * where it happened (parameter, field, source).
 */
public final class InjectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectionException(String message) {
        super(message, null, false, false);
    }
}
