package org.healthjournal.pipeline.support.kafka;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many records this service's consumers dead-lettered since it started, per consumer: shown
 * under {@code deadLetters} in {@code /actuator/health} (and as the metric
 * {@code pipeline.dead.letters}). The dead letters themselves stay on the topic, listed and
 * replayed with the {@code ops} command; a count above zero is the cue to look there. It does not
 * make the service unhealthy: a dead letter is a record to look at, not a broken service.
 */
public class DeadLetterCount implements HealthIndicator {

    private final Map<String, AtomicLong> byConsumer = new ConcurrentHashMap<>();

    void increment(String consumer) {
        byConsumer.computeIfAbsent(consumer == null ? "unknown" : consumer, name -> new AtomicLong()).incrementAndGet();
    }

    public long total() {
        return byConsumer.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        byConsumer.forEach((consumer, count) -> details.put(consumer, count.get()));
        return Health.up().withDetail("total", total()).withDetail("byConsumer", details).build();
    }
}
