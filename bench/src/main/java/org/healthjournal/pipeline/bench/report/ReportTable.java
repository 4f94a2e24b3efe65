package org.healthjournal.pipeline.bench.report;

import org.healthjournal.pipeline.bench.BenchReport;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The report as a Markdown table, the form printed on the console and pasted into the README: one
 * line per row with the pipeline's median (min–max), the floor beside it, their ratio and the target.
 */
public final class ReportTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportTable() {
    }

    public static String render(BenchReport report) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(WHEN.format(report.startedAt())).append(" on ")
                .append(machineLine(report.machine().asMap()))
                .append(report.smoke() ? " — smoke run: tiny counts, figures not meaningful" : "")
                .append(". Median of ").append(report.settings().getOrDefault("repetitions", "?"))
                .append(" repetitions (min–max).\n\n");
        md.append("| stage | pipeline figure | median (min–max) | floor measured beside it | floor median (min–max) "
                + "| ratio | target | met |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : report.rows()) {
            md.append("| ").append(cell(row.stage()))
                    .append(" | ").append(cell(row.measure()))
                    .append(" | ").append(figure(row.pipeline()))
                    .append(" | ").append(row.floorLabel() == null ? "—" : cell(row.floorLabel()))
                    .append(" | ").append(row.floor() == null ? "—" : figure(row.floor()))
                    .append(" | ").append(ratio(row))
                    .append(" | ").append(cell(row.target().describe(row.pipeline().unit())))
                    .append(" | ").append(row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        report.crashes().forEach((stage, why) ->
                md.append("| ").append(cell(stage)).append(" | crashed: ").append(cell(why))
                        .append(" | | | | | | **no** |\n"));
        return md.toString();
    }

    /** {@code 412 drafts/s (398–430)}; one sample shows no range. */
    static String figure(Figure figure) {
        String median = Numbers.format(figure.median()) + " " + figure.unit();
        if (figure.samples().size() == 1) {
            return median;
        }
        return median + " (" + Numbers.format(figure.min()) + "–" + Numbers.format(figure.max()) + ")";
    }

    static String ratio(Row row) {
        Double ratio = row.ratio();
        return ratio == null ? "—" : Numbers.format(ratio) + "×";
    }

    static String machineLine(Map<String, String> machine) {
        return machine.get("cores") + " cores, " + machine.get("memory") + ", " + machine.get("jvm") + ", "
                + machine.get("os");
    }

    /** A table cell cannot hold a pipe or a line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
