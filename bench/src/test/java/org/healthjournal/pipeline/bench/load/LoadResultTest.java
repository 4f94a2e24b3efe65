package org.healthjournal.pipeline.bench.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadResultTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void ratesAreRequestsOverTheWholeRunsWallTime() {
        LoadResult result = new LoadResult(400, 2 * SECOND, Map.of(202, 300, 422, 100), 0, null,
                Latencies.ofNanos(1, 2, 3));

        assertThat(result.requestsPerSecond()).isEqualTo(200.0);
        assertThat(result.perSecond(202)).isEqualTo(150.0);
        assertThat(result.perSecond(500)).isZero();
        assertThat(result.seconds()).isEqualTo(2.0);
    }

    @Test
    void allAnsweredWithCountsOnlyTheExpectedStatusesAndNoFailures() {
        LoadResult mixed = new LoadResult(10, SECOND, Map.of(400, 4, 422, 6), 0, null, Latencies.ofNanos());
        LoadResult unanswered = new LoadResult(10, SECOND, Map.of(400, 9), 1, "reset", Latencies.ofNanos());

        assertThat(mixed.allAnsweredWith(400, 422)).isTrue();
        assertThat(mixed.allAnsweredWith(422)).isFalse();
        assertThat(unanswered.allAnsweredWith(400)).isFalse();
    }

    @Test
    void serverErrorsAndUnansweredRequestsFailTheRunLoudly() {
        LoadResult fine = new LoadResult(3, SECOND, Map.of(200, 2, 404, 1), 0, null, Latencies.ofNanos());
        LoadResult broken = new LoadResult(5, SECOND, Map.of(200, 2, 503, 2), 1, "GET /x: connection refused",
                Latencies.ofNanos());

        assertThat(fine.requireNoServerErrors("fine")).isSameAs(fine);
        assertThat(broken.serverErrors()).isEqualTo(2);
        assertThatThrownBy(() -> broken.requireNoServerErrors("index page"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("index page")
                .hasMessageContaining("2 server errors and 1 requests without an answer out of 5")
                .hasMessageContaining("200×2, 503×2, no answer×1")
                .hasMessageContaining("connection refused");
    }

    @Test
    void aRunTakesSomeTime() {
        assertThatThrownBy(() -> new LoadResult(1, 0, Map.of(), 0, null, Latencies.ofNanos()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
