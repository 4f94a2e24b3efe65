package org.healthjournal.pipeline.publisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in integration tests: real time, moved forward when a test says so
 * ({@link #advance}), so that a scheduled publication can fall due without waiting. It only ever
 * moves forward, so tests that run after one that advanced it still see time pass in order.
 */
public class TestClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    public synchronized void advance(Duration duration) {
        ahead = ahead.plus(duration);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service runs on UTC");
    }
}
