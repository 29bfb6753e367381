package io.factoreally.internal.relations;

import io.factoreally.internal.stats.CramersV;

/** Association measures of a contingency table (rows = first field, columns = second). */
final class Association {
    private Association() {
    }

    /** Bias-corrected Cramér's V (Bergsma 2013): near 0 for independent fields, also for small samples. */
    static double cramersV(long[][] t) {
        Margins m = Margins.of(t);
        long[] rs = m.rows();
        long[] cs = m.cols();
        long n = m.n();
        int rows = rs.length;
        int cols = cs.length;
        int r = 0;
        int c = 0;
        for (long x : rs) {
            r += x > 0 ? 1 : 0;
        }
        for (long x : cs) {
            c += x > 0 ? 1 : 0;
        }
        if (n < CategoricalLearner.MIN_PAIRS || r < 2 || c < 2) {
            return 0;
        }
        double chi2 = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (rs[i] == 0 || cs[j] == 0) {
                    continue;
                }
                double e = (double) rs[i] * cs[j] / n;
                double d = t[i][j] - e;
                chi2 += d * d / e;
            }
        }
        return CramersV.biasCorrected(chi2, n, r, c);
    }

    /**
     * The uncertainty coefficient: the share of one field's entropy the other explains.
     *
     * @param rowsGivenColumns true: U(rows | columns); false: U(columns | rows)
     */
    static double uncertainty(long[][] t, boolean rowsGivenColumns) {
        Margins m = Margins.of(t);
        long[] rs = m.rows();
        long[] cs = m.cols();
        long n = m.n();
        if (n == 0) {
            return 0;
        }
        double hRows = entropy(rs, n);
        double hCols = entropy(cs, n);
        double hJoint = 0;
        for (long[] row : t) {
            hJoint += entropy(row, n); // the cells' terms of the joint entropy, row by row
        }
        double mutual = hRows + hCols - hJoint;
        double h = rowsGivenColumns ? hRows : hCols;
        return h <= 0 ? 0 : mutual / h;
    }

    /** Row sums, column sums and total of a table. */
    private record Margins(long[] rows, long[] cols, long n) {
        static Margins of(long[][] t) {
            int r = t.length;
            int c = r == 0 ? 0 : t[0].length;
            long[] rs = new long[r];
            long[] cs = new long[c];
            long n = 0;
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    rs[i] += t[i][j];
                    cs[j] += t[i][j];
                    n += t[i][j];
                }
            }
            return new Margins(rs, cs, n);
        }
    }

    private static double entropy(long[] counts, long n) {
        double h = 0;
        for (long x : counts) {
            if (x > 0) {
                double p = (double) x / n;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
