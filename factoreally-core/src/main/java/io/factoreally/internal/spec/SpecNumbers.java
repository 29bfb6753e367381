package io.factoreally.internal.spec;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The spec's number representation: JSON integers as Long/BigInteger, JSON floats as Double. */
public final class SpecNumbers {
    private SpecNumbers() {
    }

    /** Whether {@code n} came from (or is written as) a JSON integer. */
    public static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof BigInteger || n instanceof Short
                || n instanceof Byte;
    }

    /** Exact comparison across the representations. */
    public static int compare(Number a, Number b) {
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    public static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.doubleValue());
    }
}
