package org.healthjournal.pipeline.notifier.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * Gauges {@code notifier.deliveries{status=pending|sent|failed|skipped|uncertain}}: the ledger's
 * totals, counted at most every few seconds however often they are scraped.
 */
@Component
class DeliveryMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Deliveries deliveries;
    private DeliveryCounts counts = DeliveryCounts.NONE;
    private Instant countedAt = Instant.EPOCH;

    DeliveryMetrics(Deliveries deliveries, MeterRegistry registry) {
        this.deliveries = deliveries;
        register(registry, "pending", DeliveryCounts::pending);
        register(registry, "sent", DeliveryCounts::sent);
        register(registry, "failed", DeliveryCounts::failed);
        register(registry, "skipped", DeliveryCounts::skipped);
        register(registry, "uncertain", DeliveryCounts::uncertain);
    }

    private void register(MeterRegistry registry, String status, ToLongFunction<DeliveryCounts> count) {
        Gauge.builder("notifier.deliveries", this, metrics -> count.applyAsLong(metrics.current()))
                .tag("status", status)
                .description("announcement mails in the delivery ledger, by status (uncertain: of any status)")
                .register(registry);
    }

    private synchronized DeliveryCounts current() {
        Instant now = Instant.now();
        if (now.isAfter(countedAt.plus(FRESH_FOR))) {
            counts = deliveries.countAll();
            countedAt = now;
        }
        return counts;
    }
}
