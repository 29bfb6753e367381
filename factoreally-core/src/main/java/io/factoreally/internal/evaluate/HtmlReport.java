package io.factoreally.internal.evaluate;

import io.factoreally.FidelityReport;
import io.factoreally.FidelityReport.FieldResult;
import io.factoreally.FidelityReport.PairResult;
import io.factoreally.FidelityReport.Summary;

import static io.factoreally.internal.evaluate.Html.escape;
import static io.factoreally.internal.evaluate.TextReport.num;

/**
 * The report as one self-contained HTML page: inline CSS, one inline SVG chart per field, the pair
 * table; no scripts and no external resources, so it can be attached to a ticket or opened offline.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{border-bottom:1px solid #ddd;padding:2px 8px;text-align:right}
            th:first-child,td:first-child,.t{text-align:left}
            section.field{display:inline-block;vertical-align:top;margin:0 1em 1.5em 0;width:560px}
            section.field h3{font-family:monospace;font-size:14px;margin:0;word-break:break-all}
            section.field p{font-size:12px;margin:2px 0}
            .bar.real{fill:#4c78a8}.bar.synthetic{fill:#f58518}
            .axis{stroke:#888}.tick{font-size:9px;fill:#555}.empty{fill:#999}
            .key span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
            .low{color:#b00}
            """;

    private HtmlReport() {
    }

    public static String render(FidelityReport report) {
        Summary s = report.summary();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Factoreally fidelity report</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>Fidelity report</h1>\n<p>").append(s.syntheticRecords()).append(" synthetic records against ")
                .append(s.realRecords()).append(" real records. Baseline: one random half of the real records against "
                        + "the other half (seed ").append(s.seed()).append("), what &quot;as good as real&quot; "
                        + "scores at this size.</p>\n");
        b.append("<table class=\"summary\"><tr><th></th><th>synthetic</th><th>baseline</th><th>count</th></tr>\n");
        summaryRow(b, "field score", s.fieldScore(), s.baselineFieldScore(), s.fieldCount());
        summaryRow(b, "pair score", s.pairScore(), s.baselinePairScore(), s.pairCount());
        summaryRow(b, "strong pair score (|association| &ge; " + FidelityReport.STRONG + ")", s.strongPairScore(),
                s.baselineStrongPairScore(), s.strongPairCount());
        b.append("</table>\n");
        if (s.strongPairCount() > 0 && s.baselineStrongPairScore() != null) {
            b.append("<p>Strong pairs within ").append(FidelityReport.NEAR_BASELINE).append(" of their baseline: ")
                    .append(s.strongPairsNearBaseline()).append(" of ").append(s.strongPairCount()).append("</p>\n");
        }
        if (s.extraSyntheticFieldCount() > 0) {
            b.append("<p>Fields only in the synthetic records (").append(s.extraSyntheticFieldCount()).append("): ")
                    .append(escape(String.join(", ", s.extraSyntheticFields()))).append("</p>\n");
        }

        b.append("<h2>Pairs</h2>\n");
        if (report.pairs().isEmpty()) {
            b.append("<p>No pairs of sibling fields to compare.</p>\n");
        } else {
            b.append("<table class=\"pairs\"><tr><th>kind</th><th class=\"t\">first</th><th class=\"t\">second</th><th>rows</th>"
                    + "<th>assoc real</th><th>assoc synthetic</th><th>distance</th><th>score</th><th>baseline</th></tr>\n");
            for (PairResult p : report.pairs()) {
                b.append("<tr").append(p.strong() ? " class=\"strong\"" : "").append("><td class=\"t\">")
                        .append(escape(p.kind())).append("</td><td class=\"t\">").append(escape(p.first()))
                        .append("</td><td class=\"t\">").append(escape(p.second())).append("</td><td>")
                        .append(p.realRows()).append("</td><td>").append(num(p.associationReal())).append("</td><td>")
                        .append(num(p.associationSynthetic())).append("</td><td>").append(num(p.distance()))
                        .append("</td>").append(scoreCell(p.score(), p.baselineScore())).append("<td>")
                        .append(num(p.baselineScore())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        b.append("<h2>Fields</h2>\n<p class=\"key\"><span style=\"background:#4c78a8\"></span>real"
                + "<span style=\"background:#f58518\"></span>synthetic</p>\n");
        for (FieldResult f : report.fields()) {
            b.append("<section class=\"field\"><h3>").append(escape(f.path())).append("</h3><p>")
                    .append(escape(f.kind())).append(" &middot; score <b>").append(num(f.score()))
                    .append("</b> (baseline ").append(num(f.baselineScore())).append(") &middot; shape ")
                    .append(num(f.shape())).append(" [").append(escape(f.measure())).append("] &middot; present ")
                    .append(num(f.presenceReal())).append('/').append(num(f.presenceSynthetic()))
                    .append(" &middot; null ").append(num(f.nullRateReal())).append('/')
                    .append(num(f.nullRateSynthetic())).append("</p><p>").append(escape(f.chart().title()))
                    .append("</p>");
            SvgChart.render(b, f.chart());
            b.append("</section>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void summaryRow(StringBuilder b, String label, Double value, Double baseline, int count) {
        b.append("<tr><td>").append(label).append("</td>").append(scoreCell(value, baseline)).append("<td>")
                .append(num(baseline)).append("</td><td>").append(count).append("</td></tr>\n");
    }

    /** A score cell, marked when it is more than 0.05 below the baseline. */
    private static String scoreCell(Double value, Double baseline) {
        boolean low = value != null && baseline != null && value < baseline - FidelityReport.NEAR_BASELINE;
        return "<td" + (low ? " class=\"low\"" : "") + ">" + num(value) + "</td>";
    }
}
