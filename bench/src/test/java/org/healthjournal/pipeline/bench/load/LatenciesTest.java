package org.healthjournal.pipeline.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankSoEveryFigureWasMeasured() {
        Latencies latencies = Latencies.ofNanos(4 * MS, 1 * MS, 3 * MS, 2 * MS);

        assertThat(latencies.medianMillis()).isEqualTo(2.0);
        assertThat(latencies.percentileMillis(75)).isEqualTo(3.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(4.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(4.0);
        assertThat(latencies.percentileMillis(1)).isEqualTo(1.0);
        assertThat(latencies.maxMillis()).isEqualTo(4.0);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleSample() {
        assertThat(Latencies.ofNanos(9 * MS, 1 * MS, 5 * MS).medianMillis()).isEqualTo(5.0);
    }

    @Test
    void p99OfAHundredSamplesIsTheSecondSlowest() {
        long[] samples = new long[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i + 1) * MS;
        }
        assertThat(Latencies.ofNanos(samples).percentileMillis(99)).isEqualTo(99.0);
    }

    @Test
    void noSamplesHaveNoPercentiles() {
        assertThat(Latencies.ofNanos().medianMillis()).isNaN();
        assertThat(Latencies.ofNanos().maxMillis()).isNaN();
    }

    @Test
    void refusesPercentilesOutsideTheRange() {
        assertThatThrownBy(() -> Latencies.ofNanos(MS).percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.ofNanos(MS).percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
