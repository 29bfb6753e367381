package io.factoreally.internal.generate;

import io.factoreally.internal.spec.Distribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.ExponentialDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.WeibullDistribution;

/**
 * A fitted distribution truncated to [lo, hi] (spec-format.md Part A row 6): values follow the fitted
 * shape inside the range and never pile up on the bounds.
 *
 * <p>Drawn by inverse CDF on the range's probability mass, so every draw lands inside without
 * clamping. Gamma and beta, whose inverse CDFs need a numerical solver, are drawn directly and
 * redrawn when outside the range as long as the range holds enough mass to make that cheap.
 * Parameters the distribution cannot take (a zero scale, say) or a range the distribution gives no
 * mass to fall back to uniform on the range.
 */
public final class TruncatedDistribution {
    private static final double MIN_MASS_FOR_REDRAW = 0.2;
    private static final int MAX_REDRAWS = 200;

    private final double lo;
    private final double hi;
    /** Base distribution; the value is {@code loc + mult * base}. Null = uniform on [lo, hi]. */
    private final RealDistribution base;
    private final double loc;
    private final double mult;
    private final double pLo;
    private final double pHi;
    private final boolean redraw;
    private final Distribution dist;

    private TruncatedDistribution(double lo, double hi, Distribution dist, RealDistribution base, double loc,
                                  double mult) {
        this.lo = lo;
        this.hi = hi;
        double pl = 0;
        double ph = 1;
        RealDistribution b = base;
        if (b instanceof QuantileDistribution) {
            // quantiles lie inside the observed range: nothing to cut, and point masses at the
            // bounds (the zeros of zero-inflated data) must keep their share
        } else if (b != null) {
            pl = b.cumulativeProbability((lo - loc) / mult);
            ph = b.cumulativeProbability((hi - loc) / mult);
            if (!(ph - pl > 1e-12)) {
                b = null;
            }
        }
        this.base = b;
        this.loc = loc;
        this.mult = mult;
        this.pLo = pl;
        this.pHi = ph;
        this.dist = dist;
        this.redraw = b != null && (dist instanceof Distribution.Gamma || dist instanceof Distribution.Beta)
                && ph - pl >= MIN_MASS_FOR_REDRAW;
    }

    /** The distribution {@code dist} (null = uniform) truncated to [lo, hi]. */
    public static TruncatedDistribution of(Distribution dist, double lo, double hi) {
        try {
            if (dist instanceof Distribution.Normal n && n.std() > 0) {
                return new TruncatedDistribution(lo, hi, dist, new NormalDistribution(n.mean(), n.std()), 0, 1);
            }
            if (dist instanceof Distribution.Gamma g && g.alpha() > 0 && g.beta() > 0) {
                return new TruncatedDistribution(lo, hi, dist, new GammaDistribution(g.alpha(), 1 / g.beta()), g.loc(), 1);
            }
            if (dist instanceof Distribution.Beta b && b.a() > 0 && b.b() > 0 && b.scale() > 0) {
                return new TruncatedDistribution(lo, hi, dist, new BetaDistribution(b.a(), b.b()), b.loc(), b.scale());
            }
            if (dist instanceof Distribution.LogNormal l && l.s() > 0) {
                // the original uses mu = 0 when scale <= 0
                double mu = l.scale() > 0 ? Math.log(l.scale()) : 0;
                return new TruncatedDistribution(lo, hi, dist, new LogNormalDistribution(mu, l.s()), l.loc(), 1);
            }
            if (dist instanceof Distribution.Exponential e) {
                // the original uses rate 1 when scale <= 0
                double mean = e.scale() > 0 ? e.scale() : 1;
                return new TruncatedDistribution(lo, hi, dist, new ExponentialDistribution(mean), e.loc(), 1);
            }
            if (dist instanceof Distribution.Empirical e) {
                return new TruncatedDistribution(lo, hi, dist, new QuantileDistribution(e.quantiles()), 0, 1);
            }
            if (dist instanceof Distribution.Weibull w && w.c() > 0 && w.scale() > 0) {
                return new TruncatedDistribution(lo, hi, dist, new WeibullDistribution(w.c(), w.scale()), w.loc(), 1);
            }
        } catch (RuntimeException e) {
            // parameters Hipparchus rejects: uniform below
        }
        return new TruncatedDistribution(lo, hi, null, null, 0, 1);
    }

    /** Whether the fitted shape is used (false: uniform on the range). */
    public boolean shaped() {
        return base != null;
    }

    /** One value in [lo, hi]. */
    public double sample(Rng rng) {
        if (base == null) {
            return uniform(rng.nextDouble(), lo, hi);
        }
        if (redraw) {
            for (int i = 0; i < MAX_REDRAWS; i++) {
                double x = loc + mult * direct(rng);
                if (x >= lo && x <= hi) {
                    return x;
                }
            }
        }
        double u = pLo + rng.nextDouble() * (pHi - pLo);
        double x = loc + mult * base.inverseCumulativeProbability(u);
        // only floating-point error can leave the range here, never probability mass
        return x < lo ? lo : (x > hi ? hi : (Double.isNaN(x) ? lo : x));
    }

    /**
     * The value at quantile {@code u} of the truncated distribution (inverse CDF; also for gamma and
     * beta, which {@link #sample} draws directly), so that a given uniform maps monotonically onto [lo, hi].
     */
    public double at(double u) {
        if (base == null) {
            return uniform(u, lo, hi);
        }
        double x = loc + mult * base.inverseCumulativeProbability(pLo + u * (pHi - pLo));
        return x < lo ? lo : (x > hi ? hi : (Double.isNaN(x) ? lo : x));
    }

    /** The quantile of {@code x} in the truncated distribution (the inverse of {@link #at}), in [0, 1]. */
    public double quantileOf(double x) {
        if (x <= lo) {
            return 0;
        }
        if (x >= hi) {
            return 1;
        }
        if (base == null) {
            return (x - lo) / (hi - lo);
        }
        double p = (base.cumulativeProbability((x - loc) / mult) - pLo) / (pHi - pLo);
        return Math.max(0, Math.min(1, p));
    }

    /** {@code u} in [0, 1) mapped onto [lo, hi], also when {@code hi - lo} overflows a double. */
    static double uniform(double u, double lo, double hi) {
        double span = hi - lo;
        return Double.isFinite(span) ? lo + u * span : lo * (1 - u) + hi * u;
    }

    private double direct(Rng rng) {
        if (dist instanceof Distribution.Gamma g) {
            return gamma(rng, g.alpha()) / g.beta();
        }
        Distribution.Beta b = (Distribution.Beta) dist;
        double x = gamma(rng, b.a());
        double y = gamma(rng, b.b());
        return x / (x + y);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, boosted for shape below 1. */
    static double gamma(Rng rng, double shape) {
        if (shape < 1) {
            double u = rng.nextDouble();
            return gamma(rng, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
