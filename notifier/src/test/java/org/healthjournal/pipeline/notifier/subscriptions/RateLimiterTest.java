package org.healthjournal.pipeline.notifier.subscriptions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(10, Duration.ofMinutes(1), nanos::get);

    @Test
    void servesTheCapacityAtOnceThenOneMorePerShareOfThePeriod() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("client")).isZero();
        }
        assertThat(limiter.tryAcquire("client")).isEqualTo(Duration.ofSeconds(6));

        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(limiter.tryAcquire("client")).isZero();
        assertThat(limiter.tryAcquire("client")).isPositive();
    }

    @Test
    void countsEachKeyOnItsOwn() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("busy");
        }
        assertThat(limiter.tryAcquire("busy")).isPositive();
        assertThat(limiter.tryAcquire("quiet")).isZero();
    }

    @Test
    void aFullMinuteRestoresTheWholeCapacity() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("client");
        }
        nanos.addAndGet(Duration.ofMinutes(5).toNanos());
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("client")).as("request %d", i).isZero();
        }
        assertThat(limiter.tryAcquire("client")).isPositive();
    }
}
