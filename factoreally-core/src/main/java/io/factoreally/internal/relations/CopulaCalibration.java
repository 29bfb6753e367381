package io.factoreally.internal.relations;

import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.FieldPath;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Corrects copula correlations by simulation. A copula entry is estimated on normal scores, but the
 * rank correlation generated records end up with also depends on what the estimate cannot see at
 * once: category shifts drawn from learned (not real) category combinations, ties, presence and the
 * marginals' fitted shapes (movies: IMDB votes against worldwide gross came out at 0.60 for a real
 * 0.66). So records are generated from the finished spec with a fixed seed, each copula pair's
 * Spearman correlation is compared with the sample's, and the entry moves by the difference on the
 * normal scale ({@code 2 sin(pi rho / 6)}), less the generated estimate's own noise (one standard error,
 * so the seed's chance is not fitted), for {@value #ROUNDS} rounds. Enough records are generated for
 * {@value #JOINT_ROWS} rows where the sparsest pair is jointly present. The result is a function of the
 * sample alone, as the rest of the spec is.
 */
final class CopulaCalibration {
    static final int ROUNDS = 2;
    /** Records generated per round: twice the sample and enough for the sparsest pair, within these bounds. */
    static final int MIN_RECORDS = 1_000;
    static final int MAX_RECORDS = 20_000;
    /** Rows with both numbers wanted for each pair among the generated records. */
    static final int JOINT_ROWS = 1_500;
    private static final long SEED = 0x5eed_c0_9a1aL;
    /** Entries stay inside this, so a repaired matrix keeps a usable Cholesky factor. */
    private static final double MAX_ENTRY = 0.995;

    private CopulaCalibration() {
    }

    /**
     * The relations with every copula over record or nested-object members recalibrated (copulas over
     * array elements are kept as learned).
     *
     * @param build the spec with a given list of relations
     */
    static List<Relation> calibrated(List<Relation> relations, List<String> names, List<Object[]> rows,
                                     Function<List<Relation>, FactorySpec> build) {
        List<Integer> copulas = new ArrayList<>();
        List<Measured[][]> targets = new ArrayList<>();
        double sparsest = 1;
        for (int i = 0; i < relations.size(); i++) {
            if (relations.get(i) instanceof Relation.Copula c && c.fields().stream().noneMatch(f -> f.contains("[]"))) {
                Measured[][] t = realCorrelations(c.fields(), names, rows);
                if (t != null) {
                    copulas.add(i);
                    targets.add(t);
                    for (Measured[] row : t) {
                        for (Measured m : row) {
                            if (m != null) {
                                sparsest = Math.min(sparsest, (double) m.rows() / rows.size());
                            }
                        }
                    }
                }
            }
        }
        if (copulas.isEmpty()) {
            return relations;
        }
        int wanted = (int) Math.min(MAX_RECORDS, Math.ceil(JOINT_ROWS / sparsest));
        int records = Math.min(MAX_RECORDS, Math.max(Math.max(MIN_RECORDS, 2 * rows.size()), wanted));
        List<Relation> out = new ArrayList<>(relations);
        for (int round = 0; round < ROUNDS; round++) {
            List<Relation.Copula> current = copulas.stream().map(i -> (Relation.Copula) out.get(i)).toList();
            List<Measured[][]> generated = generatedCorrelations(build.apply(out), current, records);
            for (int g = 0; g < current.size(); g++) {
                out.set(copulas.get(g), adjusted(current.get(g), targets.get(g), generated.get(g)));
            }
        }
        return out;
    }

    /** The copula moved by the gap between real and generated rank correlations, made valid again. */
    private static Relation.Copula adjusted(Relation.Copula c, Measured[][] target, Measured[][] generated) {
        int m = c.fields().size();
        double[][] next = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double entry = c.correlation()[a][b];
                if (a != b && target[a][b] != null && generated[a][b] != null) {
                    double gap = normalScale(target[a][b].rho()) - normalScale(generated[a][b].rho());
                    double noise = 1 / Math.sqrt(generated[a][b].rows());
                    entry += Math.signum(gap) * Math.max(0, Math.abs(gap) - noise);
                }
                next[a][b] = a == b ? 1 : Math.max(-MAX_ENTRY, Math.min(MAX_ENTRY, entry));
            }
        }
        double[][] fixed = Correlations.repaired(next);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                fixed[a][b] = a == b ? 1 : RelationsCodec.round(fixed[a][b]);
            }
        }
        return new Relation.Copula(c.fields(), fixed);
    }

    /** The Pearson correlation of normal variables whose Spearman correlation is {@code rho}. */
    static double normalScale(double rho) {
        return 2 * Math.sin(Math.PI * rho / 6);
    }

    /** Pairwise Spearman correlations of the fields over the sample's rows, or null when a field is not sampled. */
    private static Measured[][] realCorrelations(List<String> fields, List<String> names, List<Object[]> rows) {
        int[] cols = new int[fields.size()];
        for (int a = 0; a < cols.length; a++) {
            cols[a] = names.indexOf(fields.get(a));
            if (cols[a] < 0) {
                return null;
            }
        }
        double[][] values = new double[cols.length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int a = 0; a < cols.length; a++) {
                values[a][r] = rows.get(r)[cols[a]] instanceof Number n ? n.doubleValue() : Double.NaN;
            }
        }
        return spearman(values);
    }

    /** Per copula, the pairwise Spearman correlations of its fields over {@code records} generated records. */
    private static List<Measured[][]> generatedCorrelations(FactorySpec spec, List<Relation.Copula> copulas,
                                                          int records) {
        List<List<List<FieldPath.Segment>>> paths = new ArrayList<>();
        List<double[][]> values = new ArrayList<>();
        for (Relation.Copula c : copulas) {
            paths.add(c.fields().stream().map(FieldPath::parse).toList());
            values.add(new double[c.fields().size()][records]);
        }
        Iterator<Map<String, Object>> it = Factory.of(spec).seed(SEED).iterator();
        for (int r = 0; r < records; r++) {
            Map<String, Object> record = it.next();
            for (int g = 0; g < copulas.size(); g++) {
                for (int a = 0; a < paths.get(g).size(); a++) {
                    values.get(g)[a][r] = number(record, paths.get(g).get(a));
                }
            }
        }
        return values.stream().map(CopulaCalibration::spearman).toList();
    }

    /** The number at a member path of a generated record, NaN when absent or not a number. */
    private static double number(Map<String, Object> record, List<FieldPath.Segment> path) {
        Object v = record;
        for (FieldPath.Segment s : path) {
            if (!(v instanceof Map<?, ?> m) || !(s instanceof FieldPath.Member member)) {
                return Double.NaN;
            }
            v = m.get(member.name());
        }
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A pair's Spearman correlation and the number of rows with both numbers. */
    private record Measured(double rho, int rows) {
    }

    /** Spearman correlations of each pair of rows over the columns where both have a number (null: too few). */
    private static Measured[][] spearman(double[][] values) {
        int m = values.length;
        Measured[][] out = new Measured[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                double[][] xy = jointly(values[a], values[b]);
                double r = xy[0].length < Columns.MIN_NUMBERS ? Double.NaN
                        : new SpearmansCorrelation().correlation(xy[0], xy[1]);
                out[a][b] = out[b][a] = Double.isFinite(r) ? new Measured(r, xy[0].length) : null;
            }
        }
        return out;
    }

    private static double[][] jointly(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
        }
        double[][] out = new double[2][n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                out[0][j] = x[i];
                out[1][j++] = y[i];
            }
        }
        return out;
    }
}
