package io.factoreally.internal.relations;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Erf;

/** The linear algebra of the Gaussian copula: normal CDF, repairing a correlation matrix, Cholesky. */
final class Correlations {
    private static final double MIN_EIGEN = 1e-4;

    private Correlations() {
    }

    /** The standard normal CDF, kept inside (0, 1). */
    static double phi(double z) {
        double u = 0.5 * Erf.erfc(-z / Math.sqrt(2));
        return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    }

    /** The standard normal quantile. */
    static double phiInverse(double u) {
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    /**
     * The nearest usable correlation matrix: eigenvalues raised to a small positive floor, then
     * rescaled to a unit diagonal (pairwise estimates need not form a valid matrix together).
     */
    static double[][] repaired(double[][] c) {
        int n = c.length;
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(c));
        RealMatrix v = e.getV();
        double[] d = e.getEigenvalues();
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += v.getEntry(i, k) * Math.max(d[k], MIN_EIGEN) * v.getEntry(j, k);
                }
                out[i][j] = s;
            }
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? 1 : Math.max(-1, Math.min(1, out[i][j] / Math.sqrt(out[i][i] * out[j][j])));
            }
        }
        for (int i = 0; i < n; i++) { // exact symmetry
            for (int j = 0; j < i; j++) {
                r[j][i] = r[i][j];
            }
        }
        return r;
    }

    /** The lower Cholesky factor of a correlation matrix, repaired first when it is not positive definite. */
    static double[][] cholesky(double[][] c) {
        double[][] l = tryCholesky(c);
        return l != null ? l : tryCholesky(repaired(c));
    }

    private static double[][] tryCholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 1e-10)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** {@code l * g} for a lower-triangular {@code l}. */
    static double[] times(double[][] l, double[] g) {
        double[] z = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += l[i][k] * g[k];
            }
            z[i] = s;
        }
        return z;
    }
}
