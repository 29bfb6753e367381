package io.factoreally.internal.relations;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Normal scores: per group, ties share the band mean of the ranks they take. */
class NormalScoresTest {
    /** The definition, by sorting each group's rows by number. */
    private static double[] reference(Columns.Column x, Columns.Column parent, int minCase) {
        int n = x.numbers.length;
        double[] z = new double[n];
        java.util.Arrays.fill(z, Double.NaN);
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int r = 0; r < n; r++) {
            if (!Double.isNaN(x.numbers[r])) {
                int g = parent == null || parent.codes[r] < 0 ? -1 : NormalScores.group(parent, r, minCase);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Integer> rows : groups.values()) {
            rows.sort(Comparator.comparingDouble(r -> x.numbers[r]));
            int m = rows.size();
            for (int i = 0, j; i < m; i = j + 1) {
                j = i;
                while (j + 1 < m && x.numbers[rows.get(j + 1)] == x.numbers[rows.get(i)]) {
                    j++;
                }
                for (int t = i; t <= j; t++) {
                    z[rows.get(t)] = NormalScores.bandMean((double) i / m, (double) (j + 1) / m);
                }
            }
        }
        return z;
    }

    @Test
    void scoresEqualTheDefinitionWithTiesSignedZerosAndGroups() {
        SplittableRandom r = new SplittableRandom(23);
        for (int round = 0; round < 30; round++) {
            int n = 1 + r.nextInt(400);
            Columns.Column x = new Columns.Column("x", "x", null);
            Columns.Column parent = new Columns.Column("p", "p", null);
            x.numbers = new double[n];
            parent.codes = new int[n];
            for (int c = 0; c < 4; c++) {
                parent.counts.add(0);
            }
            for (int i = 0; i < n; i++) {
                int kind = r.nextInt(6);
                x.numbers[i] = kind == 0 ? Double.NaN : kind == 1 ? (r.nextBoolean() ? 0.0 : -0.0)
                        : kind == 2 ? r.nextInt(4) : r.nextDouble() * 100;
                parent.codes[i] = r.nextInt(5) - 1;
                if (parent.codes[i] >= 0) {
                    parent.counts.set(parent.codes[i], parent.counts.get(parent.codes[i]) + 1);
                }
            }
            int minCase = r.nextInt(60);
            assertThat(NormalScores.scores(x, null, minCase)).containsExactly(reference(x, null, minCase));
            assertThat(NormalScores.scores(x, parent, minCase)).containsExactly(reference(x, parent, minCase));
        }
    }

    @Test
    void tiesShareTheMeanOfTheirBand() {
        Columns.Column x = new Columns.Column("x", "x", null);
        x.numbers = new double[] {5, 1, 5, Double.NaN, 0.0, -0.0};
        double[] z = NormalScores.scores(x, null, 1);
        double zeros = NormalScores.bandMean(0, 0.4); // -0.0 and 0.0 are one tie
        assertThat(z).containsExactly(NormalScores.bandMean(0.6, 1), NormalScores.bandMean(0.4, 0.6),
                NormalScores.bandMean(0.6, 1), Double.NaN, zeros, zeros);
    }
}
