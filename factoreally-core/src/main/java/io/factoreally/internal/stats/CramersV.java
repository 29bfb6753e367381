package io.factoreally.internal.stats;

/**
 * Bias-corrected Cramér's V (Bergsma 2013), shared by relation learning and the fidelity evaluation
 * so that both call the same association "strong". Plain V overstates the association of small tables
 * with many levels; here phi² is reduced by its expected value under independence,
 * (r-1)(c-1)/(n-1), and r, c by their bias, while a perfect association stays 1.
 */
public final class CramersV {
    private CramersV() {
    }

    /**
     * @param chi2 Pearson's chi² of the table
     * @param n    observations
     * @param rows non-empty rows
     * @param cols non-empty columns
     * @return V in [0, 1]; 0 for a table with a single row or column
     */
    public static double biasCorrected(double chi2, double n, int rows, int cols) {
        if (Math.min(rows, cols) < 2 || n < 2) {
            return 0;
        }
        double phi2 = Math.max(0, chi2 / n - (rows - 1.0) * (cols - 1.0) / (n - 1));
        double r = rows - (rows - 1.0) * (rows - 1.0) / (n - 1);
        double c = cols - (cols - 1.0) * (cols - 1.0) / (n - 1);
        double d = Math.min(r - 1, c - 1);
        return d <= 0 ? 0 : Math.min(1, Math.sqrt(phi2 / d));
    }
}
