package org.healthjournal.pipeline.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void makesReadableSlugFromQuestionTitle() {
        assertThat(Slugs.fromTitle("CAR-NK Cells: Could 'Off-the-Shelf' Immune Therapy Follow CAR-T?"))
                .isEqualTo("car-nk-cells-could-off-the-shelf-immune-therapy-follow-car-t");
    }

    @Test
    void dropsAccentsAndKeepsSlugShort() {
        assertThat(Slugs.fromTitle("Café " + "longword ".repeat(20))).startsWith("cafe-longword").hasSizeLessThanOrEqualTo(80)
                .doesNotEndWith("-");
    }

    @Test
    void neverReturnsAnEmptySlug() {
        assertThat(Slugs.fromTitle("???")).isEqualTo("article");
    }
}
