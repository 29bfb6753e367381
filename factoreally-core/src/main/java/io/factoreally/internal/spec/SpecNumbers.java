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

    /**
     * Exact comparison across the representations ({@code -0.0} equals {@code 0.0}). Two longs or two
     * finite doubles, the common case on analysis' hot path, compare without a BigDecimal.
     */
    public static int compare(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Double x && b instanceof Double y && Double.isFinite(x) && Double.isFinite(y)) {
            return x < y ? -1 : (x > y ? 1 : 0);
        }
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
