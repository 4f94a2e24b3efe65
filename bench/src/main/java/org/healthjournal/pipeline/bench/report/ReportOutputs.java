package org.healthjournal.pipeline.bench.report;

import org.healthjournal.pipeline.bench.BenchReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the table and writes it into a folder three ways: {@code bench-report.md} (the table, for
 * the README), {@code bench-report.json} (every sample) and {@code bench-report.html} (with charts).
 */
public final class ReportOutputs {

    public static final String MARKDOWN = "bench-report.md";
    public static final String JSON = "bench-report.json";
    public static final String HTML = "bench-report.html";

    private ReportOutputs() {
    }

    public static void writeAll(BenchReport report, Path outDir, PrintStream out) throws IOException {
        String table = ReportTable.render(report);
        out.println();
        out.println(table);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(MARKDOWN), table, StandardCharsets.UTF_8);
        ReportJson.write(report, outDir.resolve(JSON));
        HtmlReport.write(report, outDir.resolve(HTML));
        out.printf("bench: %s in %d s; report: %s (also %s, %s)%n", report.pass() ? "every target held"
                        : "NOT every target held", report.wallTime().toSeconds(), outDir.resolve(HTML).toAbsolutePath(),
                JSON, MARKDOWN);
    }
}
