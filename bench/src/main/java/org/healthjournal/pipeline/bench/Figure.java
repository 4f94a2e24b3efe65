package org.healthjournal.pipeline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One measured quantity over its repetitions: the median is the figure the bench reports, min and
 * max show the machine's noise.
 *
 * @param unit    what one sample counts, e.g. {@code drafts/s}, {@code ms}, {@code MiB}
 * @param samples one value per repetition, in the order measured
 */
public record Figure(String unit, List<Double> samples) {

    public Figure {
        Objects.requireNonNull(unit, "unit");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one sample");
        }
    }

    public static Figure of(String unit, double... samples) {
        List<Double> values = new ArrayList<>();
        for (double sample : samples) {
            values.add(sample);
        }
        return new Figure(unit, values);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public double min() {
        return Collections.min(samples);
    }

    public double max() {
        return Collections.max(samples);
    }
}
