package io.factoreally.internal.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's number formatting and rounding, for outputs that must match the original's text. */
public final class PythonNumbers {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private PythonNumbers() {
    }

    /** Python {@code str()} of a number: ints as digits, floats as {@code repr} ({@code 3.0}, {@code 1e-05}). */
    public static String str(Object n) {
        if (n instanceof Double || n instanceof Float) {
            return repr(((Number) n).doubleValue());
        }
        if (n instanceof BigDecimal d) {
            return repr(d.doubleValue());
        }
        return String.valueOf(n);
    }

    /** Python {@code repr(float)}: the shortest round-trip digits, fixed or scientific as Python chooses. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.DIGITS * 10^decpt
        StringBuilder b = new StringBuilder(24);
        if (d < 0) {
            b.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.");
                b.append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                b.append('0');
            }
            b.append(a);
        }
        return b.toString();
    }

    /** Python {@code round(x, prec)}: half-even on the exact binary value. */
    public static double round(double x, int prec) {
        if (!Double.isFinite(x)) {
            return x;
        }
        if (prec >= 0 && prec < POW10.length) {
            double y = x * POW10[prec];
            double r = Math.rint(y);
            if (Math.abs(Math.abs(y - r) - 0.5) > 1e-6 && Math.abs(y) < 1e15) {
                return r / POW10[prec];
            }
        }
        return new BigDecimal(x).setScale(prec, RoundingMode.HALF_EVEN).doubleValue();
    }
}
