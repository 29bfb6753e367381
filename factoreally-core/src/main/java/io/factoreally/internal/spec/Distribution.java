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

    /** Keys in the order the original's generator looks for them. */
    List<String> KEYS = List.of("norm", "gamma", "beta", "lognorm", "expon", "weibull");

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

    /** Weibull (scipy's weibull_min): {@code [c (shape), loc, scale]}. */
    record Weibull(double c, double loc, double scale) implements Distribution {
        public String key() { return "weibull"; }
        public List<Double> params() { return List.of(c, loc, scale); }
    }
}
