package io.factoreally.internal.analysis;

import io.factoreally.internal.spec.Distribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.ExponentialDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.distribution.continuous.WeibullDistribution;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

import java.util.function.DoubleUnaryOperator;

/**
 * Maximum-likelihood fits of the original's candidate distributions, in scipy's parameter
 * conventions. Normal, uniform and exponential are closed-form; gamma, log-normal and Weibull have a
 * free location: for a fixed location their other parameters have a (near) closed form, so the
 * location is found by maximising that profile likelihood (a coarse grid, then Brent); beta's two
 * shapes use Nelder-Mead.
 *
 * <p>Each fit returns the spec distribution and what the KS test needs: the data mapped into the
 * standard form and the matching Hipparchus distribution (location shifts and scales do not change
 * the KS statistic).
 */
final class DistributionFits {

    /** A fitted candidate, ready for the KS test. */
    record Fit(Distribution spec, double[] standardData, RealDistribution standard) {
    }

    private static final int GRID = 16;
    /** Farthest location tried below the minimum, in data ranges. */
    private static final double MAX_LOCATION_RANGES = 10;
    /**
     * A gamma with a larger shape is a normal distribution for every practical purpose (skewness
     * below 0.07); its CDF is slow to evaluate, and the normal, tried first, describes the data.
     */
    static final double MAX_GAMMA_SHAPE = 1000;

    private DistributionFits() {
    }

    static Fit normal(double[] x) {
        double mean = mean(x);
        double sd = Math.sqrt(meanSq(x, mean));
        if (!(sd > 0)) {
            return null;
        }
        return new Fit(new Distribution.Normal(mean, sd), x, new NormalDistribution(mean, sd));
    }

    /** Uniform over the data's range; the spec keeps no distribution for it (min/max say it all). */
    static Fit uniform(double[] x, double min, double max) {
        if (!(max > min)) {
            return null;
        }
        return new Fit(null, x, new UniformRealDistribution(min, max));
    }

    static Fit exponential(double[] x, double min) {
        double scale = mean(x) - min;
        if (!(scale > 0)) {
            return null;
        }
        return new Fit(new Distribution.Exponential(min, scale), shift(x, min), new ExponentialDistribution(scale));
    }

    static Fit gamma(double[] x, double min, double range) {
        double loc = bestLocation(x, min, range, DistributionFits::gammaProfile);
        double[] y = shift(x, loc);
        double[] ks = gammaShapeScale(y);
        if (ks == null || ks[0] > MAX_GAMMA_SHAPE) {
            return null;
        }
        return new Fit(new Distribution.Gamma(ks[0], 1 / ks[1], loc), y, new GammaDistribution(ks[0], ks[1]));
    }

    static Fit logNormal(double[] x, double min, double range) {
        double loc = bestLocation(x, min, range, DistributionFits::logNormalProfile);
        double[] y = shift(x, loc);
        double[] logs = logs(y);
        double mu = mean(logs);
        double s = Math.sqrt(meanSq(logs, mu));
        if (!(s > 0)) {
            return null;
        }
        return new Fit(new Distribution.LogNormal(s, loc, Math.exp(mu)), y, new LogNormalDistribution(mu, s));
    }

    static Fit weibull(double[] x, double min, double range) {
        double loc = bestLocation(x, min, range, DistributionFits::weibullProfile);
        double[] y = shift(x, loc);
        double[] cl = weibullShapeScale(y);
        if (cl == null) {
            return null;
        }
        return new Fit(new Distribution.Weibull(cl[0], loc, cl[1]), y, new WeibullDistribution(cl[0], cl[1]));
    }

    /**
     * Beta on [0, 1] when the data lies strictly inside; when it touches 0 or 1 the support is
     * widened by half a sample step on each side so that the likelihood stays finite.
     */
    static Fit beta(double[] x, double min, double max) {
        double loc = 0;
        double scale = 1;
        if (min <= 0 || max >= 1) {
            double pad = (max - min) / (2.0 * x.length);
            loc = min - pad;
            scale = max - min + 2 * pad;
        }
        if (!(scale > 0)) {
            return null;
        }
        double[] z = new double[x.length];
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - loc) / scale;
            s1 += Math.log(z[i]);
            s2 += Math.log1p(-z[i]);
        }
        double n = x.length;
        double m = mean(z);
        double v = meanSq(z, m);
        double common = v > 0 ? m * (1 - m) / v - 1 : 1;
        double a0 = Math.max(1e-3, m * common);
        double b0 = Math.max(1e-3, (1 - m) * common);
        final double l1 = s1;
        final double l2 = s2;
        ObjectiveFunction negLogLik = new ObjectiveFunction(p -> {
            double a = Math.exp(p[0]);
            double b = Math.exp(p[1]);
            double ll = (a - 1) * l1 + (b - 1) * l2 - n * Beta.logBeta(a, b);
            return Double.isFinite(ll) ? -ll : Double.MAX_VALUE;
        });
        var best = new SimplexOptimizer(1e-10, 1e-10).optimize(new MaxEval(2000), negLogLik, GoalType.MINIMIZE,
                new InitialGuess(new double[]{Math.log(a0), Math.log(b0)}), new NelderMeadSimplex(2, 0.5));
        double a = Math.exp(best.getPoint()[0]);
        double b = Math.exp(best.getPoint()[1]);
        return new Fit(new Distribution.Beta(a, b, loc, scale), z, new BetaDistribution(a, b));
    }

    // ---- free location: profile likelihood ---------------------------------------------------

    /**
     * The location below the data minimum that maximises {@code profile}: locations
     * {@code min - range * t} for t log-spaced in [1e-4, 10], then Brent around the best grid point.
     */
    private static double bestLocation(double[] x, double min, double range, Profile profile) {
        double lo = Math.log(1e-4);
        double hi = Math.log(MAX_LOCATION_RANGES);
        double step = (hi - lo) / (GRID - 1);
        DoubleUnaryOperator ll = u -> {
            double v = profile.logLikelihood(x, min - range * Math.exp(u));
            return Double.isFinite(v) ? v : -Double.MAX_VALUE;
        };
        int best = 0;
        double bestValue = -Double.MAX_VALUE;
        for (int i = 0; i < GRID; i++) {
            double v = ll.applyAsDouble(lo + i * step);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double a = lo + Math.max(0, best - 1) * step;
        double b = lo + Math.min(GRID - 1, best + 1) * step;
        UnivariatePointValuePair p = new BrentOptimizer(1e-8, 1e-10).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(ll::applyAsDouble), GoalType.MAXIMIZE,
                new SearchInterval(a, b, lo + best * step));
        double u = p.getValue() >= bestValue ? p.getPoint() : lo + best * step;
        return min - range * Math.exp(u);
    }

    @FunctionalInterface
    private interface Profile {
        double logLikelihood(double[] x, double loc);
    }

    private static double gammaProfile(double[] x, double loc) {
        double[] y = shift(x, loc);
        double[] ks = gammaShapeScale(y);
        if (ks == null) {
            return Double.NaN;
        }
        double k = ks[0];
        double theta = ks[1];
        double n = y.length;
        double sumLog = 0;
        double sum = 0;
        for (double v : y) {
            sumLog += Math.log(v);
            sum += v;
        }
        return (k - 1) * sumLog - n * k * Math.log(theta) - n * Gamma.logGamma(k) - sum / theta;
    }

    /** Gamma MLE for positive data: shape by Newton on ln k - digamma(k) = s, scale = mean / k. */
    private static double[] gammaShapeScale(double[] y) {
        double n = y.length;
        double sum = 0;
        double sumLog = 0;
        for (double v : y) {
            if (!(v > 0)) {
                return null;
            }
            sum += v;
            sumLog += Math.log(v);
        }
        double mean = sum / n;
        double s = Math.log(mean) - sumLog / n;
        if (!(s > 0)) {
            return null;
        }
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int i = 0; i < 50; i++) {
            double f = Math.log(k) - Gamma.digamma(k) - s;
            double df = 1 / k - Gamma.trigamma(k);
            double next = k - f / df;
            if (!(next > 0)) {
                next = k / 2;
            }
            if (Math.abs(next - k) < 1e-12 * k) {
                k = next;
                break;
            }
            k = next;
        }
        return Double.isFinite(k) && k > 0 ? new double[]{k, mean / k} : null;
    }

    private static double logNormalProfile(double[] x, double loc) {
        double[] logs = logs(shift(x, loc));
        double mu = mean(logs);
        double var = meanSq(logs, mu);
        double n = logs.length;
        double sumLog = mu * n;
        return -sumLog - n * 0.5 * Math.log(var) - n * 0.5 * (1 + Math.log(2 * Math.PI));
    }

    private static double weibullProfile(double[] x, double loc) {
        double[] y = shift(x, loc);
        double[] cl = weibullShapeScale(y);
        if (cl == null) {
            return Double.NaN;
        }
        double c = cl[0];
        double lambda = cl[1];
        double n = y.length;
        double sumLog = 0;
        for (double v : y) {
            sumLog += Math.log(v);
        }
        // at the MLE scale, sum((y/lambda)^c) == n
        return n * Math.log(c) - n * c * Math.log(lambda) + (c - 1) * sumLog - n;
    }

    /** Two-parameter Weibull MLE for positive data: shape by Newton on the score equation. */
    private static double[] weibullShapeScale(double[] y) {
        int n = y.length;
        double max = 0;
        for (double v : y) {
            if (!(v > 0)) {
                return null;
            }
            max = Math.max(max, v);
        }
        double[] l = new double[n]; // logs of y / max: y^c is computed without overflow
        double meanLog = 0;
        for (int i = 0; i < n; i++) {
            l[i] = Math.log(y[i] / max);
            meanLog += l[i];
        }
        meanLog /= n;
        double sd = Math.sqrt(meanSq(l, meanLog));
        if (!(sd > 0)) {
            return null;
        }
        double c = 1.2 / sd; // the usual starting guess
        for (int it = 0; it < 100; it++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (double li : l) {
                double p = Math.exp(c * li);
                s0 += p;
                s1 += p * li;
                s2 += p * li * li;
            }
            double f = 1 / c + meanLog - s1 / s0;
            double df = -1 / (c * c) - (s2 * s0 - s1 * s1) / (s0 * s0);
            double next = c - f / df;
            if (!(next > 0)) {
                next = c / 2;
            }
            if (Math.abs(next - c) < 1e-10 * c) {
                c = next;
                break;
            }
            c = next;
        }
        double s0 = 0;
        for (double li : l) {
            s0 += Math.exp(c * li);
        }
        double lambda = max * Math.pow(s0 / n, 1 / c);
        return Double.isFinite(c) && c > 0 && lambda > 0 ? new double[]{c, lambda} : null;
    }

    // ---- small helpers -------------------------------------------------------------------------

    private static double[] shift(double[] x, double loc) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - loc;
        }
        return y;
    }

    private static double[] logs(double[] y) {
        double[] l = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            l[i] = Math.log(y[i]);
        }
        return l;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double meanSq(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / x.length;
    }
}
