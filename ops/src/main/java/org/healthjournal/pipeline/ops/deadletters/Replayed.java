package org.healthjournal.pipeline.ops.deadletters;

/** A dead letter that is back on its original topic, acknowledged by Kafka at this place. */
public record Replayed(DeadLetter from, String topic, int partition, long offset) {
}
