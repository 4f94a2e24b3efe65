package org.healthjournal.pipeline.faults.kafka;

import java.time.Instant;

/** One poison record the suite sent, acknowledged by the broker at {@code sentAt}. */
public record InjectedPoison(String key, PoisonTopic topic, PoisonKind kind, int partition, Instant sentAt) {
}
