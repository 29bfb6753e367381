package io.factoreally.internal.evaluate;

import io.factoreally.FidelityReport;
import io.factoreally.FidelityReport.FieldResult;
import io.factoreally.FidelityReport.PairResult;
import io.factoreally.FidelityReport.Summary;

import java.util.List;
import java.util.Locale;

/** The report as aligned plain text: summary, one row per field, one row per pair. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(FidelityReport report) {
        StringBuilder b = new StringBuilder();
        Summary s = report.summary();
        b.append("Fidelity: ").append(s.syntheticRecords()).append(" synthetic vs ").append(s.realRecords())
                .append(" real records (baseline: one half of the real records against the other, mean of ")
                .append(Evaluator.BASELINE_SPLITS).append(" random splits, seed ")
                .append(s.seed()).append(")\n\n");
        TextTable summary = new TextTable(List.of("", "synthetic", "baseline", "count"), false, true, true, true);
        summary.row(List.of("field score", num(s.fieldScore()), num(s.baselineFieldScore()),
                Integer.toString(s.fieldCount())));
        summary.row(List.of("pair score", num(s.pairScore()), num(s.baselinePairScore()),
                Integer.toString(s.pairCount())));
        summary.row(List.of("strong pair score (|assoc| >= " + FidelityReport.STRONG + ")", num(s.strongPairScore()),
                num(s.baselineStrongPairScore()), Integer.toString(s.strongPairCount())));
        summary.appendTo(b);
        if (s.strongPairCount() > 0 && s.baselineStrongPairScore() != null) {
            b.append("\nStrong pairs within ").append(FidelityReport.NEAR_BASELINE).append(" of their baseline: ")
                    .append(s.strongPairsNearBaseline()).append(" of ").append(s.strongPairCount()).append('\n');
        }
        if (s.extraSyntheticFieldCount() > 0) {
            b.append("\nFields only in the synthetic records (").append(s.extraSyntheticFieldCount()).append("): ")
                    .append(String.join(", ", s.extraSyntheticFields()))
                    .append(s.extraSyntheticFieldCount() > s.extraSyntheticFields().size() ? ", ..." : "").append('\n');
        }

        b.append("\nFields (score = shape x presence x nulls x types)\n");
        TextTable fields = new TextTable(List.of("field", "kind", "measure", "present r/s", "null r/s", "types",
                "shape", "score", "baseline"), false, false, false, true, true, true, true, true, true);
        for (FieldResult f : report.fields()) {
            fields.row(List.of(f.path(), f.kind(), f.measure(),
                    num(f.presenceReal()) + "/" + num(f.presenceSynthetic()),
                    num(f.nullRateReal()) + "/" + num(f.nullRateSynthetic()),
                    num(f.typeAgreement()), num(f.shape()), num(f.score()), num(f.baselineScore())));
        }
        fields.appendTo(b);

        b.append("\nPairs (").append(report.pairs().size()).append(" most associated in the real records; "
                + "* = strong)\n");
        if (report.pairs().isEmpty()) {
            b.append("(none)\n");
        } else {
            TextTable pairs = new TextTable(List.of("kind", "first", "second", "rows", "assoc real", "assoc synth",
                    "distance", "score", "baseline", ""), false, false, false, true, true, true, true, true, true, false);
            for (PairResult p : report.pairs()) {
                pairs.row(List.of(p.kind(), p.first(), p.second(), Integer.toString(p.realRows()),
                        num(p.associationReal()), num(p.associationSynthetic()), num(p.distance()), num(p.score()),
                        num(p.baselineScore()), p.strong() ? "*" : ""));
            }
            pairs.appendTo(b);
        }
        return b.toString();
    }

    static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
