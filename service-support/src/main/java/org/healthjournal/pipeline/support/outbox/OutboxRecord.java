package org.healthjournal.pipeline.support.outbox;

import java.time.Instant;

/** One committed event waiting in the outbox to be sent to its topic. */
record OutboxRecord(long id, String eventId, String topic, String key, String eventType, Instant occurredAt,
        String payload) {
}
