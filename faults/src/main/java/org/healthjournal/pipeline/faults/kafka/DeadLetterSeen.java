package org.healthjournal.pipeline.faults.kafka;

import java.time.Instant;

/** A record on the dead-letter topic: its id ({@code partition:offset}, as the ops command names it) and headers. */
public record DeadLetterSeen(String id, String key, String consumer, String originalTopic, String error,
                             Instant seenAt) {
}
