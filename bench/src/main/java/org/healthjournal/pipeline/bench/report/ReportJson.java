package org.healthjournal.pipeline.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.healthjournal.pipeline.bench.BenchReport;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The report as JSON, for tools that compare runs: every sample, not only the medians. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static ObjectNode of(BenchReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("startedAt", report.startedAt().toString());
        root.put("wallTimeSeconds", report.wallTime().toMillis() / 1000.0);
        root.put("smoke", report.smoke());
        root.put("pass", report.pass());
        root.set("machine", map(report.machine().asMap()));
        root.set("settings", map(report.settings()));
        ArrayNode rows = root.putArray("rows");
        for (Row row : report.rows()) {
            ObjectNode json = rows.addObject();
            json.put("stage", row.stage());
            json.put("measure", row.measure());
            json.set("pipeline", figure(row.pipeline()));
            if (row.floor() != null) {
                ObjectNode floor = figure(row.floor());
                floor.put("label", row.floorLabel());
                json.set("floor", floor);
                json.put("ratio", row.ratio());
            }
            ObjectNode target = json.putObject("target");
            target.put("kind", row.target().kind().name());
            if (!Double.isNaN(row.target().bound())) {
                target.put("bound", row.target().bound());
            }
            target.put("text", row.target().describe(row.pipeline().unit()));
            json.put("met", row.met());
            ArrayNode notes = json.putArray("notes");
            row.notes().forEach(notes::add);
        }
        root.set("crashes", map(report.crashes()));
        return root;
    }

    public static void write(BenchReport report, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        MAPPER.writeValue(file.toFile(), of(report));
    }

    private static ObjectNode figure(Figure figure) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("unit", figure.unit());
        json.put("median", figure.median());
        json.put("min", figure.min());
        json.put("max", figure.max());
        ArrayNode samples = json.putArray("samples");
        figure.samples().forEach(samples::add);
        return json;
    }

    private static ObjectNode map(Map<String, String> values) {
        ObjectNode json = MAPPER.createObjectNode();
        values.forEach(json::put);
        return json;
    }
}
