package org.healthjournal.pipeline.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {

    @Test
    void aRatioTargetComparesThePipelineMedianWithTheFloorMedian() {
        Row half = Row.withFloor("review", "articles/s", Figure.of("articles/s", 50, 60, 40), "bare engine",
                Figure.of("articles/s", 100, 90, 110), Target.ratioAtLeast(0.5));
        Row less = Row.withFloor("review", "articles/s", Figure.of("articles/s", 49), "bare engine",
                Figure.of("articles/s", 100), Target.ratioAtLeast(0.5));

        assertThat(half.ratio()).isEqualTo(0.5);
        assertThat(half.met()).isTrue();
        assertThat(less.met()).isFalse();
    }

    @Test
    void aRatioTargetWithoutAFloorIsNotMet() {
        Row row = Row.alone("review", "articles/s", Figure.of("articles/s", 50), Target.ratioAtLeast(0.5));

        assertThat(row.ratio()).isNull();
        assertThat(row.met()).isFalse();
    }

    @Test
    void absoluteTargetsLookAtThePipelineMedianOnly() {
        Row health = Row.alone("health", "GET /actuator/health", Figure.of("ms", 3, 80, 4), Target.atMost(50));
        Row rebuild = Row.alone("publisher", "full rebuild", Figure.of("pages/s", 420), Target.atLeast(430));

        assertThat(health.met()).isTrue();
        assertThat(rebuild.met()).isFalse();
        assertThat(Row.alone("x", "y", Figure.of("ms", 1e9), Target.reported()).met()).isTrue();
    }

    @Test
    void targetsReadAsPeopleWriteThem() {
        assertThat(Target.ratioAtLeast(0.5).describe("drafts/s")).isEqualTo("≥ 0.50× floor");
        assertThat(Target.atMost(50).describe("ms")).isEqualTo("≤ 50 ms");
        assertThat(Target.atLeast(430).describe("pages/s")).isEqualTo("≥ 430 pages/s");
    }
}
