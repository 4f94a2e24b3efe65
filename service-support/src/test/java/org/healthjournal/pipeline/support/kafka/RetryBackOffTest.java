package org.healthjournal.pipeline.support.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBackOffTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private final RetryBackOff backOff = new RetryBackOff(Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(10));

    @Test
    void doublesTheDelayAfterEachFailureUpToTheCeiling() {
        assertThat(backOff.nextDelay(1, START, START)).contains(Duration.ofSeconds(1));
        assertThat(backOff.nextDelay(2, START, START)).contains(Duration.ofSeconds(2));
        assertThat(backOff.nextDelay(3, START, START)).contains(Duration.ofSeconds(4));
        assertThat(backOff.nextDelay(7, START, START)).contains(Duration.ofSeconds(60));
        assertThat(backOff.nextDelay(500, START, START)).contains(Duration.ofSeconds(60));
    }

    @Test
    void givesUpOnlyOnceTheRecordHasFailedForTheWholeDuration() {
        assertThat(backOff.nextDelay(12, START, START.plus(Duration.ofMinutes(9)))).isPresent();
        assertThat(backOff.nextDelay(12, START, START.plus(Duration.ofMinutes(10)))).isEmpty();
    }
}
