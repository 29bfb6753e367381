package io.factoreally.internal.generate;

import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.SpecNumbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * NUMBER: a value in [min, max] following the fitted distribution truncated to the range (Part A
 * row 6), or uniform without one. Both bounds JSON integers and no {@code prec}: a {@code Long}
 * (integers stay integers). Otherwise a {@code Double} rounded half-even to {@code prec} decimals
 * (none: to a whole number), as Python's {@code round}. {@code min == max} gives {@code min} itself.
 */
final class NumberSampler implements QuantileSampler {
    private final Number min;
    private final Number max;
    private final boolean constant;
    private final boolean integral;
    private final int prec;
    private final double lo;
    private final double hi;
    private final TruncatedDistribution draw;
    private final long longMin;
    private final long longMax;
    private final boolean big;

    NumberSampler(NumberHint hint) {
        this.min = hint.min();
        this.max = hint.max();
        this.constant = SpecNumbers.compare(hint.min(), hint.max()) == 0;
        this.integral = hint.integralBounds() && hint.prec() == null;
        this.prec = hint.prec() == null ? 0 : hint.prec();
        this.lo = hint.min().doubleValue();
        this.hi = hint.max().doubleValue();
        this.big = integral && (hint.min() instanceof BigInteger || hint.max() instanceof BigInteger);
        this.longMin = integral && !big ? hint.min().longValue() : 0;
        this.longMax = integral && !big ? hint.max().longValue() : 0;
        // integers: draw on [min - 0.5, max + 0.5] and round, so the end values get whole bins
        this.draw = hint.distribution() == null ? null
                : integral ? TruncatedDistribution.of(hint.distribution(), lo - 0.5, hi + 0.5)
                : TruncatedDistribution.of(hint.distribution(), lo, hi);
    }

    @Override
    public Object sample(Rng rng) {
        if (constant) {
            return min;
        }
        if (integral) {
            if (big) {
                return bigSample(rng);
            }
            if (draw == null || !draw.shaped()) {
                return rng.nextLong(longMin, longMax);
            }
            double x = Math.rint(draw.sample(rng));
            long v = (long) x;
            return v < longMin ? longMin : Math.min(v, longMax);
        }
        return rounded(draw == null ? TruncatedDistribution.uniform(rng.nextDouble(), lo, hi) : draw.sample(rng));
    }

    @Override
    public Object at(double u) {
        if (constant) {
            return min;
        }
        if (big) {
            return bigSample(new Rng(Double.doubleToLongBits(u)));
        }
        if (integral) {
            double x = Math.rint(draw == null || !draw.shaped()
                    ? TruncatedDistribution.uniform(u, longMin - 0.5, longMax + 0.5) : draw.at(u));
            long v = (long) x;
            return v < longMin ? longMin : Math.min(v, longMax);
        }
        return rounded(draw == null ? TruncatedDistribution.uniform(u, lo, hi) : draw.at(u));
    }

    @Override
    public double quantileOf(Object value) {
        if (!(value instanceof Number n) || constant) {
            return Double.NaN;
        }
        double x = n.doubleValue();
        if (integral) {
            return draw == null || !draw.shaped() ? Math.max(0, Math.min(1, (x - lo + 0.5) / (hi - lo + 1)))
                    : draw.quantileOf(x);
        }
        return draw == null ? (hi > lo ? Math.max(0, Math.min(1, (x - lo) / (hi - lo))) : Double.NaN)
                : draw.quantileOf(x);
    }

    private double rounded(double x) {
        double r = PythonNumbers.round(x, prec);
        if (r < lo || r > hi) { // bounds with more decimals than prec
            r = PythonNumbers.round(r < lo ? lo : hi, prec);
            if (r < lo || r > hi) {
                r = x;
            }
        }
        return r;
    }

    private Object bigSample(Rng rng) {
        BigInteger bMin = JsonValues.toBigInteger(min);
        BigDecimal x = draw == null || !draw.shaped()
                ? new BigDecimal(bMin).add(new BigDecimal(rng.nextDouble()).multiply(
                        new BigDecimal(JsonValues.toBigInteger(max).subtract(bMin).add(BigInteger.ONE))))
                : new BigDecimal(draw.sample(rng));
        BigInteger v = x.setScale(0, RoundingMode.FLOOR).toBigInteger();
        BigInteger bMax = JsonValues.toBigInteger(max);
        if (v.compareTo(bMin) < 0) {
            v = bMin;
        }
        if (v.compareTo(bMax) > 0) {
            v = bMax;
        }
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
