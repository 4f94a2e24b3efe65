package org.healthjournal.pipeline.bench.stages.endtoend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankSoTheyAreValuesThatWereMeasured() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms);
        }
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(100)).isEqualTo(100);
        assertThat(latencies.max()).isEqualTo(100);
        assertThat(latencies.countAtLeast(91)).isEqualTo(10);
    }

    @Test
    void theP99OfAFewSamplesIsTheWorstOfThem() {
        Latencies latencies = new Latencies();
        latencies.add(300);
        latencies.add(1200);
        latencies.add(500);
        assertThat(latencies.percentile(99)).isEqualTo(1200);
        assertThat(latencies.percentile(50)).isEqualTo(500);
    }

    @Test
    void noSamplesOrAnImpossiblePercentileIsAnError() {
        assertThatThrownBy(() -> new Latencies().percentile(50)).isInstanceOf(IllegalStateException.class);
        Latencies one = new Latencies();
        one.add(1);
        assertThatThrownBy(() -> one.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articlesAreSplitIntoConsecutiveGroupsOnePerRepetition() {
        assertThat(Latencies.split(200, 5)).containsExactly(40, 40, 40, 40, 40);
        assertThat(Latencies.split(7, 3)).containsExactly(3, 2, 2);
        // fewer articles than repetitions: one group per article, none empty
        assertThat(Latencies.split(3, 5)).containsExactly(1, 1, 1);
        assertThat(Latencies.split(3, 1)).containsExactly(3);
    }
}
