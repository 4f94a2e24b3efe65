package org.healthjournal.pipeline.faults.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures as an aligned text table: one row per scenario, one column per figure (a
 * figure a scenario does not measure shows {@code -}); a figure that missed its target is marked
 * with {@code !}. Below the table: each figure's target, and the scenarios' notes.
 */
public final class ReportTable {

    private ReportTable() {
    }

    public static void print(List<ScenarioResult> results, PrintStream out) {
        Map<String, String> targets = new LinkedHashMap<>();
        results.forEach(result -> result.figures().forEach(figure -> targets.putIfAbsent(figure.name(), figure.target())));

        List<String> header = new ArrayList<>();
        header.add("scenario");
        header.addAll(targets.keySet());
        header.add("wall time");
        header.add("result");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (ScenarioResult result : results) {
            List<String> row = new ArrayList<>();
            row.add(result.name());
            for (String name : targets.keySet()) {
                row.add(result.figures().stream().filter(figure -> figure.name().equals(name)).findFirst()
                        .map(figure -> figure.pass() ? figure.value() : figure.value() + " !")
                        .orElse("-"));
            }
            row.add(String.format(Locale.ROOT, "%.0f s", result.wallTime().toMillis() / 1000.0));
            row.add(result.pass() ? "PASS" : "FAIL");
            rows.add(row);
        }

        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                out.println(line(rule, widths));
            }
        }
        out.println();
        out.println("targets: " + String.join("; ", targets.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList()));
        for (ScenarioResult result : results) {
            for (String note : result.notes()) {
                out.println("  " + result.name() + ": " + note);
            }
        }
        boolean pass = !results.isEmpty() && results.stream().allMatch(ScenarioResult::pass);
        out.println(pass ? "ALL PASS" : "FAILED: " + String.join(", ",
                results.stream().filter(result -> !result.pass()).map(ScenarioResult::name).toList()));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(" | ");
            }
            // the scenario name is text: left-aligned; figures are numbers: right-aligned
            String format = i == 0 ? "%-" + widths[i] + "s" : "%" + widths[i] + "s";
            line.append(String.format(Locale.ROOT, format, cells.get(i)));
        }
        return line.toString().stripTrailing();
    }
}
