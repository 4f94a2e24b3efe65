package org.healthjournal.pipeline.bench.stages.endtoend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their percentiles (nearest rank: a value that was measured). */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    int count() {
        return millis.size();
    }

    /** The smallest sample with at least {@code p}% of the samples at or below it. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    /** How many samples are at or above {@code ms}. */
    long countAtLeast(double ms) {
        return millis.stream().filter(sample -> sample >= ms).count();
    }

    double max() {
        return Collections.max(millis);
    }

    /** How many of {@code total} items each of {@code groups} consecutive groups gets (the first ones one more). */
    static List<Integer> split(int total, int groups) {
        int parts = Math.max(1, Math.min(groups, total));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sizes.add(total / parts + (i < total % parts ? 1 : 0));
        }
        return sizes;
    }
}
