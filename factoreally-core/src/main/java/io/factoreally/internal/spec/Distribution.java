package io.factoreally.internal.spec;

import java.util.List;

/**
 * A fitted continuous distribution, stored in a NUMBER hint as a positional array under its key
 * (parameters in scipy's conventions, as the original writes them).
 */
public sealed interface Distribution {

    /** The key in the NUMBER hint, e.g. {@code "norm"}. */
    String key();

    /** The positional parameters as written in the spec. */
    List<Double> params();

    /** Keys in the order the original's generator looks for them; ours ({@code quantiles}) last. */
    List<String> KEYS = List.of("norm", "gamma", "beta", "lognorm", "expon", "weibull", Empirical.KEY);

    /** Whether the original Python factoreally knows this distribution. */
    default boolean original() {
        return true;
    }

    /** Normal: {@code [mean, std]}. */
    record Normal(double mean, double std) implements Distribution {
        public String key() { return "norm"; }
        public List<Double> params() { return List.of(mean, std); }
    }

    /** Gamma: {@code [alpha (shape), beta (rate = 1/scale), loc]}. */
    record Gamma(double alpha, double beta, double loc) implements Distribution {
        public String key() { return "gamma"; }
        public List<Double> params() { return List.of(alpha, beta, loc); }
    }

    /** Beta: {@code [a, b, loc, scale]}. */
    record Beta(double a, double b, double loc, double scale) implements Distribution {
        public String key() { return "beta"; }
        public List<Double> params() { return List.of(a, b, loc, scale); }
    }

    /** Log-normal: {@code [s, loc, scale]}; the log has mean ln(scale) and sd s. */
    record LogNormal(double s, double loc, double scale) implements Distribution {
        public String key() { return "lognorm"; }
        public List<Double> params() { return List.of(s, loc, scale); }
    }

    /** Exponential: {@code [loc, scale]}. */
    record Exponential(double loc, double scale) implements Distribution {
        public String key() { return "expon"; }
        public List<Double> params() { return List.of(loc, scale); }
    }

    /**
     * Ours: the empirical quantile function, for data no candidate distribution fits (zero-inflated,
     * multi-modal, heavy-tailed). {@code quantiles} are evenly spaced quantiles from the 0th to the
     * 100th, non-decreasing; values between them are interpolated linearly. Left out of
     * Python-compatible output (the original then generates uniformly in the range).
     */
    record Empirical(List<Double> quantiles) implements Distribution {
        public static final String KEY = "quantiles";

        public Empirical {
            quantiles = List.copyOf(quantiles);
        }

        public String key() { return KEY; }
        public List<Double> params() { return quantiles; }
        @Override
        public boolean original() { return false; }
    }

    /** Weibull (scipy's weibull_min): {@code [c (shape), loc, scale]}. */
    record Weibull(double c, double loc, double scale) implements Distribution {
        public String key() { return "weibull"; }
        public List<Double> params() { return List.of(c, loc, scale); }
    }
}
