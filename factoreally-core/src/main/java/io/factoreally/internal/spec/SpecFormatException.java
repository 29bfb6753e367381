package io.factoreally.internal.spec;

import io.factoreally.FactoreallyException;

/** A spec that cannot be loaded; the message names the source, the field path, the hint and the parameter. */
public final class SpecFormatException extends FactoreallyException {
    private static final long serialVersionUID = 1L;

    public SpecFormatException(String message) {
        super(message);
    }
}
