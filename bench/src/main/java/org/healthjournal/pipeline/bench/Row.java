package org.healthjournal.pipeline.bench;

import java.util.List;
import java.util.Objects;

/**
 * One line of the report: a stage's figure for one measure, the floor measured beside it in the
 * same run (none for rows that have no floor), and the target.
 *
 * @param stage         the stage, e.g. {@code ingest accept}
 * @param measure       what the pipeline figure is, e.g. {@code drafts/s through HTTP, 16 clients}
 * @param pipeline      the pipeline's figure
 * @param floorLabel    what the floor is, e.g. {@code plain KafkaProducer, same payloads}; null without a floor
 * @param floor         the floor's figure, in the same unit as {@code pipeline}; null without a floor
 * @param target        what the row must show
 * @param notes         anything the reader needs to judge the row (counts, settings, anomalies)
 */
public record Row(String stage, String measure, Figure pipeline, String floorLabel, Figure floor, Target target,
                  List<String> notes) {

    public Row {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(target, "target");
        notes = List.copyOf(notes);
        if ((floor == null) != (floorLabel == null)) {
            throw new IllegalArgumentException("a floor needs both its label and its figure");
        }
    }

    public static Row withFloor(String stage, String measure, Figure pipeline, String floorLabel, Figure floor,
                                Target target, String... notes) {
        return new Row(stage, measure, pipeline, floorLabel, floor, target, List.of(notes));
    }

    public static Row alone(String stage, String measure, Figure pipeline, Target target, String... notes) {
        return new Row(stage, measure, pipeline, null, null, target, List.of(notes));
    }

    /** pipeline median / floor median, or null without a floor (or a floor of zero). */
    public Double ratio() {
        if (floor == null || floor.median() == 0) {
            return null;
        }
        return pipeline.median() / floor.median();
    }

    public boolean met() {
        return target.heldBy(this);
    }
}
