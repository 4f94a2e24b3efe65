package org.healthjournal.pipeline.bench.stages.publisher;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherStageTest {

    @Test
    void aRepetitionGetsAtLeastAMinuteAndAQuarterSecondPerPage() {
        assertThat(PublisherStage.repetitionPatience(20)).isEqualTo(Duration.ofSeconds(60));
        assertThat(PublisherStage.repetitionPatience(500)).isEqualTo(Duration.ofSeconds(125));
    }

    @Test
    void aRepetitionCutShortCountsThePagesThatMadeIt() {
        assertThat(new PublisherStage.Published(160, 80.0).rate()).isEqualTo(2.0);
    }
}
