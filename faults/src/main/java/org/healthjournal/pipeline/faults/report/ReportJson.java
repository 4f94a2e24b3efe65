package org.healthjournal.pipeline.faults.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes the figures as JSON, for a CI job or a dashboard to pick up. */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /**
     * @param parameters how the suite was run (articles, subscribers, outage lengths …)
     */
    public static ObjectNode of(List<ScenarioResult> results, Map<String, Object> parameters, Instant startedAt,
                                Duration wallTime) {
        ObjectNode root = JSON.createObjectNode();
        root.put("startedAt", startedAt.toString());
        root.put("wallSeconds", wallTime.toMillis() / 1000.0);
        root.put("pass", !results.isEmpty() && results.stream().allMatch(ScenarioResult::pass));
        root.set("parameters", JSON.valueToTree(parameters));
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult result : results) {
            ObjectNode scenario = scenarios.addObject();
            scenario.put("name", result.name());
            scenario.put("description", result.description());
            scenario.put("pass", result.pass());
            scenario.put("wallSeconds", result.wallTime().toMillis() / 1000.0);
            ArrayNode figures = scenario.putArray("figures");
            for (Figure figure : result.figures()) {
                figures.addObject().put("name", figure.name()).put("value", figure.value())
                        .put("target", figure.target()).put("pass", figure.pass());
            }
            ArrayNode notes = scenario.putArray("notes");
            result.notes().forEach(notes::add);
        }
        return root;
    }

    public static void write(ObjectNode report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
