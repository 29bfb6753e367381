package io.factoreally.internal.generate;

import org.hipparchus.distribution.continuous.AbstractRealDistribution;

import java.util.List;

/**
 * The distribution whose quantile function interpolates linearly between evenly spaced quantiles
 * (a NUMBER's {@code quantiles}): uniform density between neighbouring quantiles, a point mass where
 * neighbours are equal (the zeros of zero-inflated data).
 */
final class QuantileDistribution extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;
    private final double[] q;

    QuantileDistribution(List<Double> quantiles) {
        this.q = quantiles.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        double pos = p * (q.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= q.length - 1) {
            return q[q.length - 1];
        }
        if (i < 0) {
            return q[0];
        }
        return q[i] + (pos - i) * (q[i + 1] - q[i]);
    }

    @Override
    public double cumulativeProbability(double x) {
        if (x < q[0]) {
            return 0;
        }
        if (x >= q[q.length - 1]) {
            return 1;
        }
        int i = 0;
        while (i + 1 < q.length && q[i + 1] <= x) {
            i++;
        }
        double within = q[i + 1] > q[i] ? (x - q[i]) / (q[i + 1] - q[i]) : 0;
        return (i + within) / (q.length - 1);
    }

    @Override
    public double density(double x) {
        if (x < q[0] || x > q[q.length - 1]) {
            return 0;
        }
        for (int i = 0; i + 1 < q.length; i++) {
            if (x >= q[i] && x <= q[i + 1] && q[i + 1] > q[i]) {
                return 1.0 / ((q.length - 1) * (q[i + 1] - q[i]));
            }
        }
        return 0;
    }

    @Override
    public double getNumericalMean() {
        double sum = 0;
        for (int i = 0; i + 1 < q.length; i++) {
            sum += (q[i] + q[i + 1]) / 2;
        }
        return sum / (q.length - 1);
    }

    @Override
    public double getNumericalVariance() {
        double mean = getNumericalMean();
        double sum = 0;
        for (int i = 0; i + 1 < q.length; i++) { // uniform on each segment
            double a = q[i];
            double b = q[i + 1];
            sum += (a * a + a * b + b * b) / 3;
        }
        return sum / (q.length - 1) - mean * mean;
    }

    @Override
    public double getSupportLowerBound() {
        return q[0];
    }

    @Override
    public double getSupportUpperBound() {
        return q[q.length - 1];
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
