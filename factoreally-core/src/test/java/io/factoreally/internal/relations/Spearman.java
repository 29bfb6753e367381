package io.factoreally.internal.relations;

import org.hipparchus.stat.correlation.SpearmansCorrelation;

import java.util.List;

/** Spearman's rank correlation of (x, y) pairs, for tests. */
final class Spearman {
    private Spearman() {
    }

    static double of(List<double[]> pairs) {
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pairs.get(i)[0];
            y[i] = pairs.get(i)[1];
        }
        return new SpearmansCorrelation().correlation(x, y);
    }
}
