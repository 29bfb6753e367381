package io.factoreally.internal.relations;

import com.fasterxml.jackson.databind.JsonNode;
import io.factoreally.Factory;
import io.factoreally.FactorySpec;
import io.factoreally.internal.spec.FieldPath;
import io.factoreally.internal.spec.Hint;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects copula correlations by simulation. A copula entry is estimated on normal scores, but the
 * rank correlation generated records end up with also depends on what the estimate cannot see at
 * once: category shifts drawn from learned (not real) category combinations, ties, presence and the
 * marginals' fitted shapes (movies: IMDB votes against worldwide gross came out at 0.60 for a real
 * 0.66). So records are generated from the finished spec with a fixed seed, each copula pair's
 * Spearman correlation is compared with the sample's, and the entry moves by the difference on the
 * normal scale ({@code 2 sin(pi rho / 6)}), less part of the generated estimate's own noise, for
 * {@value #ROUNDS} rounds. The result is a function of the sample alone, as the rest of the spec is.
 */
final class CopulaCalibration {
    static final int ROUNDS = 2;
    /**
     * Records generated per round for each sampled record, within these bounds: every pair then has
     * about four times the real rows, so the generated estimate's noise is half the real one's.
     */
    static final int RECORDS_PER_ROW = 4;
    static final int MIN_RECORDS = 500;
    static final int MAX_RECORDS = 10_000;
    /**
     * Share of the generated estimate's standard error (1 / sqrt(rows)) a gap is reduced by: not
     * fitting the seed's own chance, while leaving little of a real gap (half: movies' 28 pairs were
     * 0.012 off on average over four other seeds, 0.013 with a whole standard error, 0.04 uncalibrated).
     */
    static final double NOISE_SHARE = 0.5;
    private static final long SEED = 0x5eed_c0_9a1aL;
    /** Entries stay inside this, so a repaired matrix keeps a usable Cholesky factor. */
    private static final double MAX_ENTRY = 0.995;

    private CopulaCalibration() {
    }

    /**
     * The relations with every copula over record or nested-object members recalibrated (copulas over
     * array elements are kept as learned). Each object level is simulated alone, with only the fields
     * its copulas' members depend on (a webhook's repository sizes and their categories, not the whole
     * webhook).
     *
     * @param spec the spec the relations belong to (its own relations section is not read)
     */
    static List<Relation> calibrated(List<Relation> relations, RecordSample sample, FactorySpec spec) {
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        for (int i = 0; i < relations.size(); i++) {
            if (relations.get(i) instanceof Relation.Copula c && c.fields().stream().noneMatch(f -> f.contains("[]"))) {
                levels.computeIfAbsent(FieldPath.parent(c.fields().get(0)), l -> new ArrayList<>()).add(i);
            }
        }
        if (levels.isEmpty()) {
            return relations;
        }
        List<String> names = sample.names();
        List<Object[]> rows = sample.rows();
        List<Relation> out = new ArrayList<>(relations);
        levels.forEach((level, indexes) -> calibrate(out, indexes, level, names, rows, spec));
        return out;
    }

    /** Calibrates the copulas at {@code indexes} of {@code relations} (all at one level), in place. */
    private static void calibrate(List<Relation> relations, List<Integer> indexes, String level, List<String> names,
                                  List<Object[]> rows, FactorySpec spec) {
        List<Integer> copulas = new ArrayList<>();
        List<Measured[][]> targets = new ArrayList<>();
        for (int i : indexes) {
            Measured[][] t = realCorrelations(((Relation.Copula) relations.get(i)).fields(), names, rows);
            if (t == null) {
                continue;
            }
            copulas.add(i);
            targets.add(t);
        }
        if (copulas.isEmpty()) {
            return;
        }
        Map<String, List<Hint>> fields = dependedOn(spec.fields(), relations, copulas, level);
        int records = Math.min(MAX_RECORDS, Math.max(MIN_RECORDS, RECORDS_PER_ROW * rows.size()));
        for (int round = 0; round < ROUNDS; round++) {
            List<Relation> own = relations.stream().filter(r -> fields.keySet().containsAll(r.fields())).toList();
            Map<String, JsonNode> ext = new LinkedHashMap<>(spec.extensions());
            ext.put(RelationsCodec.SECTION, RelationsCodec.write(own));
            List<Relation.Copula> current = copulas.stream().map(i -> (Relation.Copula) relations.get(i)).toList();
            List<Measured[][]> generated = generatedCorrelations(FactorySpec.of(spec.metadata(), fields, ext), current,
                    records);
            for (int g = 0; g < current.size(); g++) {
                relations.set(copulas.get(g), adjusted(current.get(g), targets.get(g), generated.get(g)));
            }
        }
    }

    /**
     * The fields the copulas' members depend on: the members, the fields of every relation that writes
     * one of them (its parents, its co-present and tied fields), and so on; with the ancestors of
     * {@code level} so that the objects holding them are generated.
     */
    private static Map<String, List<Hint>> dependedOn(Map<String, List<Hint>> fields, List<Relation> relations,
                                                     List<Integer> copulas, String level) {
        Set<String> needed = new HashSet<>();
        copulas.forEach(i -> needed.addAll(relations.get(i).fields()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Relation r : relations) {
                if (written(r).stream().anyMatch(needed::contains) && needed.addAll(r.fields())) {
                    grew = true;
                }
            }
        }
        for (String p = level; !p.isEmpty(); p = FieldPath.parent(p)) {
            needed.add(p);
        }
        Map<String, List<Hint>> out = new LinkedHashMap<>();
        fields.forEach((path, hints) -> {
            if (needed.contains(path)) {
                out.put(path, hints);
            }
        });
        return out;
    }

    /** The fields a relation sets (the others it only reads). */
    private static List<String> written(Relation r) {
        if (r instanceof Relation.Categorical c) {
            return List.of(c.child());
        } else if (r instanceof Relation.Joint j) {
            return List.of(j.child());
        } else if (r instanceof Relation.Shifts s) {
            return List.of(s.child());
        } else if (r instanceof Relation.NumericByCategory b) {
            return List.of(b.child());
        } else if (r instanceof Relation.Nulls n) {
            return List.of(n.child());
        }
        return r.fields();
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
                    double noise = NOISE_SHARE / Math.sqrt(generated[a][b].rows());
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
