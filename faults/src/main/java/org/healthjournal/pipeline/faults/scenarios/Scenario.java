package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.faults.report.Figure;

import java.util.List;

/** One fault and what it must not break. */
public interface Scenario {

    String name();

    String description();

    /** Runs the scenario on the shared stack; the suite times it and turns an exception into a FAIL row. */
    Outcome run(SuiteContext context) throws Exception;

    /** The figures a scenario measured and anything worth a line under the table. */
    record Outcome(List<Figure> figures, List<String> notes) {
    }
}
