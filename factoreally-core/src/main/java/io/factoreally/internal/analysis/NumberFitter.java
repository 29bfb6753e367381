package io.factoreally.internal.analysis;

import io.factoreally.internal.generate.Rng;
import io.factoreally.internal.generate.TruncatedDistribution;
import io.factoreally.internal.spec.Distribution;
import io.factoreally.internal.spec.NumberHint;
import io.factoreally.internal.spec.SpecNumbers;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fits a NUMBER hint to observed numeric values: the original's candidate distributions (normal,
 * uniform, gamma, lognormal, exponential, beta, Weibull; MLE fit, one-sample KS test, rejected when
 * p &lt; 0.05, lowest KS statistic wins), with our bounds: the observed range, not the IQR fences.
 *
 * <p>Differences from the original, on purpose (spec-format.md Part A rows 5, 6 and 20):
 * {@code min}/{@code max} are the exact observed extremes (the generator keeps the fitted shape
 * inside them by redrawing), and distribution parameters are rounded to significant digits, so a
 * rate or scale is never rounded to 0.
 */
public final class NumberFitter {
    /** The KS p-value below which a candidate is rejected. */
    static final double ALPHA = 0.05;
    /** Numerical MLE runs on at most this many values (evenly spaced order statistics). */
    static final int MAX_FIT_VALUES = 2000;
    /** Significant digits kept for shape and scale parameters. */
    static final int SIGNIFICANT = 6;

    private NumberFitter() {
    }

    /**
     * @param sample      the values to fit (a seeded reservoir sample of all occurrences, repeats kept)
     * @param integral    whether every observed value was a JSON integer
     * @param observedMin exact smallest observed value (Long/BigInteger for integers, Double otherwise)
     * @param observedMax exact largest observed value
     * @param prec        decimals for float data (null for integral data); see {@link #decimals(BigDecimal)}
     */
    public static NumberHint fit(double[] sample, boolean integral, Number observedMin, Number observedMax,
                                 Integer prec) {
        Integer p = integral ? null : prec;
        if (SpecNumbers.compare(observedMin, observedMax) == 0) {
            return new NumberHint(observedMin, observedMax, null, null);
        }
        Distribution best = bestFit(sample);
        if (best != null && best.original() && !keepsTheMean(best, sample, observedMin, observedMax)) {
            // the extreme values left out of the fit were a real heavy tail: fit all the data, and
            // keep the data's own shape if that misses the mean too
            double[] data = Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
            Winner all = selectFit(data);
            Distribution refit = all == null || all.fit().spec() == null ? null
                    : rounded(all.fit().spec(), data[data.length - 1] - data[0]);
            best = refit != null && keepsTheMean(refit, sample, observedMin, observedMax) ? refit
                    : EmpiricalQuantiles.of(sample);
        }
        return new NumberHint(observedMin, observedMax, p, best);
    }

    /**
     * The winning distribution (rounded for the spec); null when uniform wins; the empirical quantiles
     * when no candidate passes (zero-inflated, multi-modal or heavy-tailed data would otherwise come
     * out uniform).
     */
    static Distribution bestFit(double[] sample) {
        double[] data = withoutExtremeOutliers(sample);
        Winner winner = selectFit(data);
        if (winner == null) {
            return EmpiricalQuantiles.of(sample);
        }
        if (winner.fit().spec() == null) {
            return null;
        }
        return rounded(winner.fit().spec(), data[data.length - 1] - data[0]);
    }

    /**
     * Whether the fit, truncated to the observed range as the generator draws it, reproduces the
     * sample's mean: within 2% of the mean plus 5% of the standard deviation (checked on
     * {@value #MEAN_CHECK_DRAWS} seeded draws). A KS test can pass while a heavy tail moves the mean.
     */
    static boolean keepsTheMean(Distribution d, double[] sample, Number min, Number max) {
        double mean = 0;
        for (double v : sample) {
            mean += v;
        }
        mean /= sample.length;
        double var = 0;
        for (double v : sample) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / sample.length);
        TruncatedDistribution t = TruncatedDistribution.of(d, min.doubleValue(), max.doubleValue());
        Rng rng = new Rng(MEAN_CHECK_DRAWS);
        double drawn = 0;
        for (int i = 0; i < MEAN_CHECK_DRAWS; i++) {
            drawn += t.sample(rng);
        }
        drawn /= MEAN_CHECK_DRAWS;
        return Math.abs(drawn - mean) <= 0.02 * Math.abs(mean) + 0.05 * std;
    }

    static final int MEAN_CHECK_DRAWS = 4000;

    /** The accepted candidate with the lowest KS statistic, ties to the earlier; null if none. */
    static Winner selectFit(double[] data) {
        int n = data.length;
        if (n == 0) {
            return null;
        }
        double min = data[0];
        double max = data[n - 1];
        double range = max - min;
        if (!(range > 0)) {
            return null;
        }
        double[] fitData = fitSubsample(data);
        Candidate[] candidates = {
                new Candidate("norm", n >= 15, () -> DistributionFits.normal(data)),
                new Candidate("uniform", n >= 6, () -> DistributionFits.uniform(data, min, max)),
                new Candidate("gamma", n >= 20 && min > 0, () -> DistributionFits.gamma(fitData, min, range)),
                new Candidate("lognorm", n >= 15 && min > 0, () -> DistributionFits.logNormal(fitData, min, range)),
                new Candidate("expon", n >= 10 && min >= 0, () -> DistributionFits.exponential(data, min)),
                new Candidate("beta", n >= 12 && min >= 0 && max <= 1, () -> DistributionFits.beta(fitData, min, max)),
                new Candidate("weibull", n >= 18 && min > 0, () -> DistributionFits.weibull(fitData, min, range)),
        };
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        List<Winner> tested = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.applicable()) {
                continue;
            }
            DistributionFits.Fit fit;
            try {
                fit = c.fit().get();
            } catch (RuntimeException e) {
                continue; // like the original: a failing fit just skips the candidate
            }
            if (fit == null) {
                continue;
            }
            try {
                double d = ks.kolmogorovSmirnovStatistic(fit.standard(), ksData(data, fit));
                if (Double.isFinite(d)) {
                    tested.add(new Winner(c.name(), fit, d, Double.NaN));
                }
            } catch (RuntimeException e) {
                // a distribution Hipparchus cannot evaluate: not a candidate
            }
        }
        // Every candidate is tested on the same n values and the KS p-value falls as D grows, so the
        // lowest D is the only one worth a p-value (exact for small n, hence costly): if it is
        // rejected, so is every other.
        tested.sort(Comparator.comparingDouble(Winner::d)); // stable: ties keep candidate order
        for (Winner w : tested) {
            double pValue;
            try {
                // what kolmogorovSmirnovTest(distribution, data, false) returns, from the D already computed
                pValue = 1d - ks.cdf(w.d(), data.length, false);
            } catch (RuntimeException e) {
                continue;
            }
            return pValue >= ALPHA ? new Winner(w.name(), w.fit(), w.d(), pValue) : null;
        }
        return null;
    }

    private static double[] ksData(double[] data, DistributionFits.Fit fit) {
        return fit.standardData().length == data.length ? fit.standardData() : standardise(data, fit);
    }

    record Winner(String name, DistributionFits.Fit fit, double d, double pValue) {
    }

    private record Candidate(String name, boolean applicable, Supplier<DistributionFits.Fit> fit) {
    }

    /** Finite values, sorted, without points outside [Q1 - 3 IQR, Q3 + 3 IQR]. */
    static double[] withoutExtremeOutliers(double[] sample) {
        double[] x = Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
        if (x.length < 4) {
            return x;
        }
        double q1 = percentile(x, 25);
        double q3 = percentile(x, 75);
        double iqr = q3 - q1;
        double lo = q1 - 3 * iqr;
        double hi = q3 + 3 * iqr;
        return Arrays.stream(x).filter(v -> v >= lo && v <= hi).toArray();
    }

    /** numpy's default percentile (linear interpolation) of sorted data. */
    static double percentile(double[] sorted, double pct) {
        double pos = (sorted.length - 1) * pct / 100.0;
        int i = (int) Math.floor(pos);
        double frac = pos - i;
        return i + 1 < sorted.length ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    /** Evenly spaced order statistics of sorted data, so that numerical fits stay within budget. */
    private static double[] fitSubsample(double[] sorted) {
        if (sorted.length <= MAX_FIT_VALUES) {
            return sorted;
        }
        double[] out = new double[MAX_FIT_VALUES];
        for (int i = 0; i < MAX_FIT_VALUES; i++) {
            out[i] = sorted[(int) ((long) i * (sorted.length - 1) / (MAX_FIT_VALUES - 1))];
        }
        return out;
    }

    /** Maps all data into the standard form of a fit made on a subsample. */
    private static double[] standardise(double[] data, DistributionFits.Fit fit) {
        double loc = 0;
        double scale = 1;
        Distribution d = fit.spec();
        if (d instanceof Distribution.Gamma g) {
            loc = g.loc();
        } else if (d instanceof Distribution.LogNormal l) {
            loc = l.loc();
        } else if (d instanceof Distribution.Weibull w) {
            loc = w.loc();
        } else if (d instanceof Distribution.Beta b) {
            loc = b.loc();
            scale = b.scale();
        } else if (d instanceof Distribution.Exponential e) {
            loc = e.loc();
        }
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (data[i] - loc) / scale;
        }
        return out;
    }

    // ---- rounding for the spec -----------------------------------------------------------------

    /**
     * Rounds a fitted distribution for the spec: shape and scale parameters to {@value #SIGNIFICANT}
     * significant digits (never to 0), location parameters to a step far below the data's spread.
     */
    static Distribution rounded(Distribution d, double spread) {
        if (d instanceof Distribution.Normal n) {
            return new Distribution.Normal(loc(n.mean(), spread), sig(n.std()));
        } else if (d instanceof Distribution.Gamma g) {
            return new Distribution.Gamma(sig(g.alpha()), sig(g.beta()), loc(g.loc(), spread));
        } else if (d instanceof Distribution.Beta b) {
            return new Distribution.Beta(sig(b.a()), sig(b.b()), loc(b.loc(), spread), sig(b.scale()));
        } else if (d instanceof Distribution.LogNormal l) {
            return new Distribution.LogNormal(sig(l.s()), loc(l.loc(), spread), sig(l.scale()));
        } else if (d instanceof Distribution.Exponential e) {
            return new Distribution.Exponential(loc(e.loc(), spread), sig(e.scale()));
        } else if (d instanceof Distribution.Weibull w) {
            return new Distribution.Weibull(sig(w.c()), loc(w.loc(), spread), sig(w.scale()));
        }
        throw new IllegalArgumentException(d.toString());
    }

    /** {@code v} to {@value #SIGNIFICANT} significant digits (half-even), never 0 unless v is 0. */
    static double sig(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** A location rounded to a step of 10^-(SIGNIFICANT-1) of the spread's magnitude. */
    static double loc(double v, double spread) {
        if (v == 0 || !Double.isFinite(v) || !(spread > 0)) {
            return sig(v);
        }
        int exp = (int) Math.floor(Math.log10(spread)) - (SIGNIFICANT - 1);
        BigDecimal r = new BigDecimal(v).setScale(-exp, RoundingMode.HALF_EVEN);
        return r.doubleValue();
    }

    // ---- precision of float data ---------------------------------------------------------------

    /**
     * Decimals to keep for one float value, as the original measures them (digits after the point
     * in the shortest representation, trailing zeros ignored, capped at 6) but correct for
     * scientific notation (Part A row 20): {@code 1.5e-07} needs 8 decimals, not 5. The cap of 6
     * applies to the digits after the leading zeros, so float noise such as
     * {@code 0.30000000000000004} still gives 6.
     *
     * @param value the number as written in the input (e.g. {@code new BigDecimal(token)})
     */
    public static int decimals(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int scale = v.scale();
        if (scale <= 0) {
            return 0;
        }
        int leadingZeros = Math.max(0, scale - v.precision()); // zeros between the point and the first digit
        return Math.min(scale, Math.min(17, leadingZeros + 6));
    }

    /** {@link #decimals(BigDecimal)} of a double, via its shortest decimal representation. */
    public static int decimals(double value) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        return decimals(new BigDecimal(Double.toString(value)));
    }
}
