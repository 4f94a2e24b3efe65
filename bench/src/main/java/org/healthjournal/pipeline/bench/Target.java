package org.healthjournal.pipeline.bench;

import java.util.Objects;

/**
 * What a row must show to pass. A ratio target compares the pipeline's median with the floor's
 * median measured beside it; the absolute targets look at the pipeline's median alone.
 */
public record Target(Kind kind, double bound) {

    public enum Kind {
        /** pipeline median / floor median ≥ bound (throughput: higher is better) */
        RATIO_AT_LEAST,
        /** pipeline median ≥ bound */
        AT_LEAST,
        /** pipeline median ≤ bound (latency, start-up time, memory) */
        AT_MOST,
        /** no target: the figure is reported for the reader's judgement */
        REPORTED
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
    }

    public static Target ratioAtLeast(double bound) {
        return new Target(Kind.RATIO_AT_LEAST, bound);
    }

    public static Target atLeast(double bound) {
        return new Target(Kind.AT_LEAST, bound);
    }

    public static Target atMost(double bound) {
        return new Target(Kind.AT_MOST, bound);
    }

    public static Target reported() {
        return new Target(Kind.REPORTED, Double.NaN);
    }

    /** Whether {@code row}'s figures meet this target; a ratio target without a floor is not met. */
    public boolean heldBy(Row row) {
        double value = row.pipeline().median();
        return switch (kind) {
            case RATIO_AT_LEAST -> row.ratio() != null && row.ratio() >= bound;
            case AT_LEAST -> value >= bound;
            case AT_MOST -> value <= bound;
            case REPORTED -> true;
        };
    }

    /** How the target reads in a table, e.g. {@code ≥ 0.5× floor}, {@code ≤ 50 ms}. */
    public String describe(String unit) {
        return switch (kind) {
            case RATIO_AT_LEAST -> "≥ " + Numbers.format(bound) + "× floor";
            case AT_LEAST -> "≥ " + Numbers.format(bound) + " " + unit;
            case AT_MOST -> "≤ " + Numbers.format(bound) + " " + unit;
            case REPORTED -> "reported";
        };
    }
}
