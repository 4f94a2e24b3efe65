package org.healthjournal.pipeline.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleSample() {
        Figure figure = Figure.of("drafts/s", 30, 10, 20, 50, 40);

        assertThat(figure.median()).isEqualTo(30);
        assertThat(figure.min()).isEqualTo(10);
        assertThat(figure.max()).isEqualTo(50);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleSamples() {
        assertThat(Figure.of("ms", 4, 1, 3, 2).median()).isEqualTo(2.5);
    }

    @Test
    void samplesKeepTheOrderTheyWereMeasuredIn() {
        assertThat(Figure.of("ms", 3, 1, 2).samples()).containsExactly(3.0, 1.0, 2.0);
    }

    @Test
    void aFigureWithoutSamplesIsRefused() {
        assertThatThrownBy(() -> new Figure("ms", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
