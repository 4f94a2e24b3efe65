package org.healthjournal.pipeline.faults.report;

import java.time.Duration;
import java.util.List;

/**
 * What one scenario measured. It passes only when it measured something and every figure met its
 * target; a scenario that failed with an exception has a FAIL figure naming the exception.
 */
public record ScenarioResult(String name, String description, List<Figure> figures, Duration wallTime,
                             List<String> notes) {

    public ScenarioResult {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    public boolean pass() {
        return !figures.isEmpty() && figures.stream().allMatch(Figure::pass);
    }

    public static ScenarioResult crashed(String name, String description, Exception failure, Duration wallTime) {
        return new ScenarioResult(name, description,
                List.of(new Figure("scenario completed", "no: " + failure, "yes", false)), wallTime,
                List.of("the scenario stopped with " + failure));
    }
}
