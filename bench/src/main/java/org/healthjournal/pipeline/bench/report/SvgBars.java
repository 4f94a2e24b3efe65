package org.healthjournal.pipeline.bench.report;

import org.healthjournal.pipeline.bench.Numbers;

import java.util.List;
import java.util.Locale;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

/**
 * A horizontal bar chart as inline SVG: one bar per median with a whisker from min to max, and an
 * optional dashed line for a target. No script, no external assets: it renders inside the report
 * file anywhere, also offline.
 */
final class SvgBars {

    static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_WIDTH = 150;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;

    /**
     * One bar: the median, the min–max whisker, whether it is the pipeline (dark) or a floor
     * (light), and its own target mark (NaN for none).
     */
    record Bar(String label, double median, double min, double max, boolean pipeline, double target) {

        Bar(String label, double median, double min, double max, boolean pipeline) {
            this(label, median, min, max, pipeline, Double.NaN);
        }
    }

    private SvgBars() {
    }

    /**
     * @param unit       printed after each value
     * @param targetLine where to draw the target (same scale as the bars), NaN for none
     * @param targetText the target's label, e.g. {@code target ≤ 50 ms}
     */
    static String render(String title, List<Bar> bars, String unit, double targetLine, String targetText) {
        double scaleMax = 0;
        for (Bar bar : bars) {
            scaleMax = Math.max(scaleMax, Math.max(bar.max(), bar.median()));
            if (!Double.isNaN(bar.target())) {
                scaleMax = Math.max(scaleMax, bar.target());
            }
        }
        if (!Double.isNaN(targetLine)) {
            scaleMax = Math.max(scaleMax, targetLine);
        }
        if (scaleMax <= 0) {
            scaleMax = 1;
        }
        scaleMax *= 1.08;
        int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = 28 + bars.size() * (BAR_HEIGHT + GAP) + 22;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
                        + "style=\"max-width:%dpx\" aria-label=\"%s\">",
                WIDTH, height, WIDTH, escapeXml10(title)));
        svg.append("<title>").append(escapeXml10(title)).append("</title>");
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"16\" class=\"t\">%s</text>", escapeXml10(title)));
        int y = 28;
        for (Bar bar : bars) {
            double barWidth = plotWidth * bar.median() / scaleMax;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"l\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR_HEIGHT - 6, escapeXml10(shorten(bar.label()))));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"><title>%s</title></rect>",
                    LABEL_WIDTH, y, Math.max(barWidth, 1), BAR_HEIGHT, bar.pipeline() ? "p" : "f",
                    escapeXml10(bar.label())));
            if (bar.max() > bar.min()) {
                double x1 = LABEL_WIDTH + plotWidth * bar.min() / scaleMax;
                double x2 = LABEL_WIDTH + plotWidth * bar.max() / scaleMax;
                int mid = y + BAR_HEIGHT / 2;
                svg.append(String.format(Locale.ROOT,
                        "<path d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\" class=\"w\"/>",
                        x1, mid, x2, x1, mid - 5, mid + 5, x2, mid - 5, mid + 5));
            }
            if (!Double.isNaN(bar.target())) {
                double x = LABEL_WIDTH + plotWidth * bar.target() / scaleMax;
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %dV%d\" class=\"g\"/>", x, y - 3,
                        y + BAR_HEIGHT + 3));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"v\">%s</text>",
                    LABEL_WIDTH + plotWidth + 8, y + BAR_HEIGHT - 6,
                    escapeXml10(Numbers.format(bar.median()) + " " + unit)));
            y += BAR_HEIGHT + GAP;
        }
        if (!Double.isNaN(targetLine)) {
            double x = LABEL_WIDTH + plotWidth * targetLine / scaleMax;
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M%.1f 22V%d\" class=\"g\"/><text x=\"%.1f\" y=\"%d\" class=\"l\" text-anchor=\"middle\">%s</text>",
                    x, y, x, y + 14, escapeXml10(targetText)));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }
}
