package org.healthjournal.pipeline.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off for a record that keeps failing: 1 s, 2 s, 4 s … up to a ceiling, until
 * the record has been failing for longer than {@code giveUpAfter}.
 */
record RetryBackOff(Duration initialDelay, Duration maxDelay, Duration giveUpAfter) {

    /**
     * @param attempts how many times the record has failed so far (1 after the first failure)
     * @return how long to wait before the next attempt, or empty when it is time to give up
     */
    Optional<Duration> nextDelay(int attempts, Instant firstFailure, Instant now) {
        if (!now.isBefore(firstFailure.plus(giveUpAfter))) {
            return Optional.empty();
        }
        Duration delay = initialDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
