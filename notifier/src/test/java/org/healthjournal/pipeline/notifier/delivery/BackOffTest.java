package org.healthjournal.pipeline.notifier.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

    @Test
    void doublesFromTheInitialWaitUpToTheMaximum() {
        BackOff backOff = new BackOff(Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(backOff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backOff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backOff.after(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backOff.after(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backOff.after(1000)).isEqualTo(Duration.ofMinutes(1));
    }
}
