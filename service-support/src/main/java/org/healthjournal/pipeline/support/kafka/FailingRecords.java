package org.healthjournal.pipeline.support.kafka;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which records of one consumer route are failing, since when and how often. Kept in memory: after
 * a restart a record simply starts its back-off again.
 */
class FailingRecords {

    /** A record's place in its topic. */
    record Position(String topic, int partition, long offset) {
    }

    /** How a record has fared so far. */
    record Failures(int attempts, Instant firstFailure) {
    }

    private final Map<Position, Failures> failing = new ConcurrentHashMap<>();

    Failures failed(Position position, Instant now) {
        return failing.merge(position, new Failures(1, now),
                (known, first) -> new Failures(known.attempts() + 1, known.firstFailure()));
    }

    /** The record at {@code position} was handled or dead-lettered: earlier failures there are over. */
    void done(Position position) {
        if (!failing.isEmpty()) {
            failing.keySet().removeIf(known -> known.topic().equals(position.topic())
                    && known.partition() == position.partition() && known.offset() <= position.offset());
        }
    }
}
