package io.factoreally.internal.evaluate;

import io.factoreally.FidelityReport.Chart;

import java.util.Locale;

/** One chart as inline SVG: a pair of bars (real, synthetic) per bin or category. */
final class SvgChart {
    static final int WIDTH = 560;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int PLOT_HEIGHT = 120;
    private static final int LABEL_CHARS = 14;

    private SvgChart() {
    }

    static void render(StringBuilder b, Chart chart) {
        b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\">");
        int n = chart.labels().size();
        int baseY = TOP + PLOT_HEIGHT;
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseY).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(baseY).append("\" class=\"axis\"/>");
        if (n == 0) {
            b.append("<text x=\"").append(LEFT + 10).append("\" y=\"").append(TOP + 60)
                    .append("\" class=\"empty\">no values</text></svg>");
            return;
        }
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(chart.real().get(i), chart.synthetic().get(i)));
        }
        double scale = max == 0 ? 0 : PLOT_HEIGHT / max;
        b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 8)
                .append("\" class=\"tick\" text-anchor=\"end\">").append(pct(max)).append("</text>");
        double slot = (WIDTH - 10 - LEFT) / (double) n;
        double bar = Math.max(1, slot * 0.4);
        for (int i = 0; i < n; i++) {
            double x = LEFT + i * slot + slot * 0.1;
            String label = Html.escape(chart.labels().get(i));
            bar(b, "real", x, bar, chart.real().get(i), scale, baseY, label);
            bar(b, "synthetic", x + bar, bar, chart.synthetic().get(i), scale, baseY, label);
            String shortLabel = chart.labels().get(i);
            if (shortLabel.length() > LABEL_CHARS) {
                shortLabel = shortLabel.substring(0, LABEL_CHARS - 1) + "…";
            }
            double lx = x + bar;
            b.append("<text class=\"tick\" x=\"").append(f(lx)).append("\" y=\"").append(baseY + 10)
                    .append("\" transform=\"rotate(45 ").append(f(lx)).append(' ').append(baseY + 10).append(")\">")
                    .append(Html.escape(shortLabel)).append("</text>");
        }
        b.append("</svg>");
    }

    private static void bar(StringBuilder b, String side, double x, double w, double share, double scale,
                            int baseY, String escapedLabel) {
        double h = share * scale;
        b.append("<rect class=\"bar ").append(side).append("\" x=\"").append(f(x)).append("\" y=\"")
                .append(f(baseY - h)).append("\" width=\"").append(f(w)).append("\" height=\"").append(f(h))
                .append("\"><title>").append(side).append(' ').append(escapedLabel).append(": ").append(pct(share))
                .append("</title></rect>");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
