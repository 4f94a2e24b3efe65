package org.healthjournal.pipeline.support.health;

import org.healthjournal.pipeline.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundHealthIndicatorTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicReference<Health> answer = new AtomicReference<>(Health.up().withDetail("database", "H2").build());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private BackgroundHealthIndicator indicator;

    @AfterEach
    void stop() {
        if (indicator != null) {
            indicator.destroy();
        }
    }

    @Test
    void aHealthCallServesTheLastBackgroundResultWithoutRunningTheCheck() {
        indicator = new BackgroundHealthIndicator("test", counting(), Duration.ofHours(1), Duration.ofHours(2), clock);
        await().until(() -> checks.get() == 1);

        for (int call = 0; call < 100; call++) {
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "H2").containsKey("checkedAt");
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void theCheckRunsAgainEveryRefreshIntervalAndAFailureTurnsItDown() {
        indicator = new BackgroundHealthIndicator("test", counting(), Duration.ofMillis(50), Duration.ofHours(1), clock);
        await().until(() -> indicator.health().getStatus().equals(Status.UP));

        answer.set(Health.down().withDetail("error", "connection refused").build());
        await().atMost(Duration.ofSeconds(5)).until(() -> indicator.health().getStatus().equals(Status.DOWN));
        assertThat(indicator.health().getDetails()).containsEntry("error", "connection refused");
    }

    @Test
    void aCheckThatThrowsIsDown() {
        indicator = new BackgroundHealthIndicator("test", () -> {
            throw new IllegalStateException("no route to host");
        }, Duration.ofHours(1), Duration.ofHours(2), clock);
        await().until(() -> indicator.health().getDetails().containsKey("checkedAt"));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aResultOlderThanTheStalenessBoundIsDownEvenIfItWasUp() {
        indicator = new BackgroundHealthIndicator("test", counting(), Duration.ofHours(1), Duration.ofSeconds(15), clock);
        await().until(() -> checks.get() == 1);
        clock.advance(Duration.ofSeconds(14));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        // the next check hangs (a server that accepts the connection and never answers)
        clock.advance(Duration.ofSeconds(2));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private HealthIndicator counting() {
        return () -> {
            checks.incrementAndGet();
            return answer.get();
        };
    }
}
