package org.healthjournal.pipeline.notifier.delivery;

import java.time.Duration;

/** Exponential back-off: {@code initial} before the first retry, doubling per attempt, at most {@code max}. */
public record BackOff(Duration initial, Duration max) {

    /** The wait after the {@code attempt}-th failure (1-based). */
    public Duration after(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
