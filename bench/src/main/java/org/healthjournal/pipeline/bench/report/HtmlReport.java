package org.healthjournal.pipeline.bench.report;

import org.healthjournal.pipeline.bench.BenchReport;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * The report as one self-contained HTML file: the table, a chart of every ratio against its target,
 * and a chart per row of the pipeline beside its floor (medians with min–max whiskers). Inline CSS
 * and SVG only: no script, no fonts, no external assets.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1rem;color:#1d2530}
            h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccd3dc;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef2f6}.no{color:#a4161a;font-weight:600}.yes{color:#1b6b3a}.num{white-space:nowrap}
            .card{border:1px solid #dde3ea;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}.notes{color:#505c6b;font-size:.85rem;margin:.3rem 0 0}
            svg .t{font-size:14px;font-weight:600;fill:#1d2530}svg .l,svg .v{font-size:12px;fill:#2c3947}
            svg .p{fill:#2b5c8a}svg .f{fill:#a9bfd4}svg .w{stroke:#1d2530;stroke-width:1.2;fill:none}svg .g{stroke:#a4161a;stroke-width:1.5;stroke-dasharray:5 4}
            .legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:-.1em}
            @media (max-width:700px){table{font-size:.8rem}}
            """;

    private HtmlReport() {
    }

    public static String render(BenchReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Pipeline benchmark ").append(escapeHtml4(report.startedAt().toString())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>Editorial pipeline benchmark</h1>");
        html.append("<p>").append(report.pass() ? "<span class=\"yes\">Every target held.</span>"
                : "<span class=\"no\">Not every target held.</span>");
        if (report.smoke()) {
            html.append(" Smoke run: tiny counts, the figures only prove that the bench runs.");
        }
        html.append(" Started ").append(escapeHtml4(report.startedAt().toString())).append(", ")
                .append(report.wallTime().toSeconds()).append(" s in all.</p>");
        html.append("<h2>Machine and settings</h2>");
        Map<String, String> machineAndSettings = new LinkedHashMap<>(report.machine().asMap());
        machineAndSettings.putAll(report.settings());
        keyValues(html, machineAndSettings);
        html.append("<h2>Figures</h2>");
        table(html, report);
        List<Row> ratioRows = report.rows().stream().filter(row -> row.ratio() != null).toList();
        if (!ratioRows.isEmpty()) {
            html.append("<h2>Each stage against its floor</h2>");
            html.append("<div class=\"card\">").append(ratioChart(ratioRows)).append("</div>");
        }
        html.append("<h2>Row by row</h2><p class=\"legend\"><span style=\"background:#2b5c8a\"></span>pipeline")
                .append("<span style=\"background:#a9bfd4\"></span>floor measured beside it")
                .append("<span style=\"border-top:2px dashed #a4161a;height:0\"></span>target</p>");
        for (Row row : report.rows()) {
            html.append("<div class=\"card\">").append(rowChart(row));
            if (!row.notes().isEmpty()) {
                html.append("<p class=\"notes\">").append(escapeHtml4(String.join(" · ", row.notes()))).append("</p>");
            }
            html.append("</div>");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    public static void write(BenchReport report, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder html, BenchReport report) {
        html.append("<table><thead><tr><th>stage</th><th>pipeline figure</th><th>median (min–max)</th>")
                .append("<th>floor measured beside it</th><th>floor median (min–max)</th><th>ratio</th>")
                .append("<th>target</th><th>met</th></tr></thead><tbody>");
        for (Row row : report.rows()) {
            html.append("<tr><td>").append(escapeHtml4(row.stage())).append("</td><td>")
                    .append(escapeHtml4(row.measure())).append("</td><td class=\"num\">")
                    .append(escapeHtml4(ReportTable.figure(row.pipeline()))).append("</td><td>")
                    .append(row.floorLabel() == null ? "—" : escapeHtml4(row.floorLabel())).append("</td><td class=\"num\">")
                    .append(row.floor() == null ? "—" : escapeHtml4(ReportTable.figure(row.floor())))
                    .append("</td><td class=\"num\">").append(escapeHtml4(ReportTable.ratio(row)))
                    .append("</td><td class=\"num\">").append(escapeHtml4(row.target().describe(row.pipeline().unit())))
                    .append("</td><td class=\"").append(row.met() ? "yes\">yes" : "no\">no").append("</td></tr>");
        }
        report.crashes().forEach((stage, why) -> html.append("<tr><td>").append(escapeHtml4(stage))
                .append("</td><td colspan=\"6\">crashed: ").append(escapeHtml4(why))
                .append("</td><td class=\"no\">no</td></tr>"));
        html.append("</tbody></table>");
    }

    private static String ratioChart(List<Row> rows) {
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (Row row : rows) {
            double target = row.target().kind() == Target.Kind.RATIO_AT_LEAST ? row.target().bound() : Double.NaN;
            bars.add(new SvgBars.Bar(row.stage() + " vs " + row.floorLabel(), row.ratio(), row.ratio(), row.ratio(),
                    true, target));
        }
        return SvgBars.render("pipeline median / floor median (dashed: each row's target)", bars, "×", Double.NaN, "");
    }

    private static String rowChart(Row row) {
        List<SvgBars.Bar> bars = new ArrayList<>();
        bars.add(new SvgBars.Bar("pipeline", row.pipeline().median(), row.pipeline().min(), row.pipeline().max(), true));
        double targetLine = Double.NaN;
        if (row.floor() != null) {
            bars.add(new SvgBars.Bar("floor: " + row.floorLabel(), row.floor().median(), row.floor().min(),
                    row.floor().max(), false));
            if (row.target().kind() == Target.Kind.RATIO_AT_LEAST) {
                targetLine = row.floor().median() * row.target().bound();
            }
        }
        if (row.target().kind() == Target.Kind.AT_LEAST || row.target().kind() == Target.Kind.AT_MOST) {
            targetLine = row.target().bound();
        }
        String targetText = "target " + row.target().describe(row.pipeline().unit());
        return SvgBars.render(row.stage() + " — " + row.measure(), bars, row.pipeline().unit(), targetLine, targetText);
    }

    private static void keyValues(StringBuilder html, Map<String, String> values) {
        html.append("<table>");
        values.forEach((key, value) -> html.append("<tr><th>").append(escapeHtml4(key)).append("</th><td>")
                .append(escapeHtml4(value)).append("</td></tr>"));
        html.append("</table>");
    }
}
