package io.factoreally.internal.analysis.format;

import io.factoreally.internal.analysis.NumberFitter;
import io.factoreally.internal.analysis.StringFormat;
import io.factoreally.internal.analysis.StringSample;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.NumstrHint;
import io.factoreally.internal.spec.ValueHint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NUMSTR: numeric strings (Part A row 13; the original never detects them). Plain decimal notation
 * only, without a sign other than a leading minus and without leading zeros: zero-padded strings
 * such as zip codes or {@code 004} are codes, kept by TEMPLATE with their padding. The numbers are
 * fitted like NUMBER. Privacy: integers with fewer than k distinct values (all rare) keep only their
 * number of digits, e.g. {@code 4711} -> [1000, 9999].
 */
public final class NumstrFormat implements StringFormat {
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d{0,29})(?:\\.\\d{1,17})?");
    /** At most this many values go to the fitter (repeats kept in proportion). */
    private static final int MAX_SAMPLE = 5000;

    @Override
    public String name() {
        return "numstr";
    }

    @Override
    public boolean matches(String value) {
        return !value.isEmpty() && value.length() <= 48 && NUMBER.matcher(value).matches();
    }

    @Override
    public Optional<ValueHint> learn(StringSample sample) {
        if (FormatRules.prefersChoice(sample) || sample.counts().isEmpty()) {
            return Optional.empty();
        }
        boolean integral = true;
        int prec = 0;
        BigDecimal min = null;
        BigDecimal max = null;
        long total = 0;
        for (Map.Entry<String, Long> e : sample.counts().entrySet()) {
            String v = e.getKey();
            BigDecimal d = new BigDecimal(v);
            if (v.indexOf('.') >= 0) {
                integral = false;
                prec = Math.max(prec, NumberFitter.decimals(d));
            }
            min = min == null || d.compareTo(min) < 0 ? d : min;
            max = max == null || d.compareTo(max) > 0 ? d : max;
            total += e.getValue();
        }
        double share = Math.min(1.0, MAX_SAMPLE / (double) total);
        double[] values = new double[(int) Math.min(total, MAX_SAMPLE + sample.counts().size())];
        int n = 0;
        for (Map.Entry<String, Long> e : sample.counts().entrySet()) {
            long reps = Math.max(1, Math.round(e.getValue() * share));
            double d = Double.parseDouble(e.getKey());
            for (long i = 0; i < reps && n < values.length; i++) {
                values[n++] = d;
            }
        }
        double[] fitted = java.util.Arrays.copyOf(values, n);
        if (sample.counts().size() < sample.minOccurrences() && integral) {
            // privacy: with fewer than k distinct rare numbers the range would pin them down; keep
            // only their magnitude (same number of digits)
            BigInteger lo = min.signum() >= 0 ? smallestWithDigitsOf(min) : largestWithDigitsOf(min).negate();
            BigInteger hi = max.signum() >= 0 ? largestWithDigitsOf(max) : smallestWithDigitsOf(max).negate();
            return Optional.of(new NumstrHint(new NumberHint(bound(new BigDecimal(lo), true),
                    bound(new BigDecimal(hi), true), null, null)));
        }
        NumberHint number = NumberFitter.fit(fitted, integral, bound(min, integral), bound(max, integral),
                integral ? null : prec);
        return Optional.of(new NumstrHint(number));
    }

    private static int digitsOf(BigDecimal d) {
        return d.abs().toBigInteger().toString().length();
    }

    /** 10^(digits-1), or 0 for one digit. */
    private static BigInteger smallestWithDigitsOf(BigDecimal d) {
        int n = digitsOf(d);
        return n == 1 ? BigInteger.ZERO : BigInteger.TEN.pow(n - 1);
    }

    /** 10^digits - 1. */
    private static BigInteger largestWithDigitsOf(BigDecimal d) {
        return BigInteger.TEN.pow(digitsOf(d)).subtract(BigInteger.ONE);
    }

    private static Number bound(BigDecimal d, boolean integral) {
        if (!integral) {
            return d.doubleValue();
        }
        BigInteger i = d.toBigIntegerExact();
        return i.bitLength() < 64 ? (Number) i.longValue() : i;
    }
}
