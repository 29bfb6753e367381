package io.factoreally;

import io.factoreally.internal.evaluate.HtmlReport;
import io.factoreally.internal.evaluate.JsonReport;
import io.factoreally.internal.evaluate.TextReport;

import java.util.List;

/**
 * How close generated records are to real ones, per field, per pair of fields and overall, with the
 * same measures for one random half of the real data against the other ({@code baseline*}, the mean
 * over several random splits) so a reader sees what "as good as real" looks like at this sample size.
 * Made by {@link Fidelity#evaluate}.
 *
 * <p>Scores are in [0, 1], 1 meaning indistinguishable by that measure. Values that do not apply are
 * {@code null}.
 *
 * @param summary overall figures
 * @param fields  one entry per field path of the real data, sorted by path
 * @param pairs   the most associated pairs of sibling fields in the real data, most associated first
 */
public record FidelityReport(Summary summary, List<FieldResult> fields, List<PairResult> pairs) {

    /** Real association from which a pair counts as strong (|Spearman|, Cramér's V, eta or |phi|). */
    public static final double STRONG = 0.3;
    /** How far below its baseline a score may be and still count as "as good as real". */
    public static final double NEAR_BASELINE = 0.05;

    public FidelityReport {
        fields = List.copyOf(fields);
        pairs = List.copyOf(pairs);
    }

    /**
     * @param fieldScore              mean field score
     * @param pairScore               mean pair score (null without pairs)
     * @param strongPairScore         mean score of the pairs with real association of at least {@link #STRONG}
     * @param baselineFieldScore      the same for half of the real data against the other half
     * @param strongPairsNearBaseline strong pairs whose score is at most {@link #NEAR_BASELINE} below their
     *                                baseline score
     * @param extraSyntheticFields    field paths only the synthetic records have (at most 20 listed)
     * @param extraSyntheticFieldCount how many such paths there are
     */
    public record Summary(int realRecords, int syntheticRecords, int fieldCount, int pairCount, int strongPairCount,
                          double fieldScore, Double pairScore, Double strongPairScore,
                          Double baselineFieldScore, Double baselinePairScore, Double baselineStrongPairScore,
                          int strongPairsNearBaseline, long seed, List<String> extraSyntheticFields, int extraSyntheticFieldCount) {
        public Summary {
            extraSyntheticFields = List.copyOf(extraSyntheticFields);
        }
    }

    /**
     * One field. {@code score} = shape x (1 - |presence difference|) x (1 - |null-rate difference|) x
     * type agreement, with shape 1 where it does not apply (objects, always-null fields).
     *
     * @param kind          number, category, string, array, object or null
     * @param measure       how {@code shape} was measured (ks, tvd, format+length, length-ks)
     * @param typeAgreement 1 - total variation distance of the JSON types of non-null values
     */
    public record FieldResult(String path, String kind, String measure,
                              int realValues, int syntheticValues,
                              double presenceReal, double presenceSynthetic,
                              double nullRateReal, double nullRateSynthetic,
                              double typeAgreement, Double shape, double score, Double baselineScore,
                              Chart chart) {
    }

    /**
     * One pair of sibling fields.
     *
     * @param kind                 numeric (Spearman), categorical (contingency table, Cramér's V),
     *                             numeric-by-category (eta of the number's ranks, bias-corrected),
     *                             co-presence (joint presence, phi), nulls (a category against the
     *                             other field being null, Cramér's V)
     * @param associationReal      the real association (signed for Spearman and phi)
     * @param associationSynthetic the same measure on the synthetic records
     * @param distance             |Spearman difference|, |eta difference|, or total variation distance
     *                             of the normalized contingency tables
     * @param score                1 - min(1, distance)
     */
    public record PairResult(String kind, String first, String second, int realRows,
                             double associationReal, double associationSynthetic,
                             double distance, double score, Double baselineScore) {
        /** Whether the real association is at least {@link FidelityReport#STRONG}. */
        public boolean strong() {
            return Math.abs(associationReal) >= STRONG;
        }
    }

    /**
     * Data of one chart: shares of real and synthetic values per bar.
     *
     * @param type histogram (numeric bins, labelled by lower edge) or bars (categories)
     */
    public record Chart(String type, String title, List<String> labels, List<Double> real, List<Double> synthetic) {
        public Chart {
            labels = List.copyOf(labels);
            real = List.copyOf(real);
            synthetic = List.copyOf(synthetic);
        }
    }

    /** An aligned plain-text table per field and per pair, and the summary. */
    public String toText() {
        return TextReport.render(this);
    }

    /** A self-contained HTML page (inline CSS and SVG charts, no scripts); all data escaped. */
    public String toHtml() {
        return HtmlReport.render(this);
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        return JsonReport.render(this);
    }
}
