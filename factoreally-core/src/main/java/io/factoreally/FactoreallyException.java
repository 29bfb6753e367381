package io.factoreally;

/**
 * Base of every error Factoreally reports on purpose: bad specs, bad input data, unknown override
 * paths, values that cannot be bound. The message always says what is wrong and where.
 */
public class FactoreallyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FactoreallyException(String message) {
        super(message);
    }

    public FactoreallyException(String message, Throwable cause) {
        super(message, cause);
    }
}
