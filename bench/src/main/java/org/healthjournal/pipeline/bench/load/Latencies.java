package org.healthjournal.pipeline.bench.load;

import java.util.Arrays;

/**
 * Response times of one load run, sorted once: percentiles by the nearest-rank method (the
 * smallest sample with at least p% of all samples at or below it), so p50 of {1, 2, 3, 4} is 2
 * and p100 is the slowest sample — every figure is a time that was actually measured.
 */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies ofNanos(long... nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** @param percent 0 &lt; percent ≤ 100 */
    public double percentileMillis(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], not " + percent);
        }
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1_000_000.0;
    }
}
