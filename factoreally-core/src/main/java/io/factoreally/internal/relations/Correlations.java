package io.factoreally.internal.relations;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Erf;

import java.util.List;

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

    /** {@code l * l^T}: the correlation matrix back from its Cholesky factor (the repaired one if it was). */
    static double[][] times(double[][] l) {
        int n = l.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k <= Math.min(i, j); k++) {
                    s += l[i][k] * l[j][k];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /**
     * The shift that conditions a draw {@code z} of N(0, c) on {@code z[f[i]] = target[i]}:
     * {@code c[:, f] c[f, f]^-1 (target - z[f])} (exact for Gaussians; zero shift is kept for f's own
     * entries beyond their targets).
     */
    static double[] conditionalShift(double[][] c, double[] z, List<Integer> f, List<Double> target) {
        int m = f.size();
        double[][] cff = new double[m][m];
        double[] d = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                cff[a][b] = c[f.get(a)][f.get(b)];
            }
            d[a] = target.get(a) - z[f.get(a)];
        }
        double[] w;
        try {
            w = new LUDecomposition(MatrixUtils.createRealMatrix(cff)).getSolver()
                    .solve(MatrixUtils.createRealVector(d)).toArray();
        } catch (MathRuntimeException e) {
            return new double[z.length]; // singular: leave the draw as it is
        }
        double[] shift = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double s = 0;
            for (int a = 0; a < m; a++) {
                s += c[i][f.get(a)] * w[a];
            }
            shift[i] = s;
        }
        return shift;
    }
}
