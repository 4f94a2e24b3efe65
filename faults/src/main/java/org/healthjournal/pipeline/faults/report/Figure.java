package org.healthjournal.pipeline.faults.report;

/**
 * One measured figure of a scenario: what was seen ({@code value}, already formatted, e.g.
 * {@code 1.000} or {@code 20/20}), the target it is held to, and whether it met it. A figure that
 * is only reported (e.g. uncertain resends) has target {@code "(reported)"} and always passes.
 */
public record Figure(String name, String value, String target, boolean pass) {

    public static final String REPORTED = "(reported)";

    /** A ratio that must be exactly 1: {@code seen/expected}, formatted with three decimals. */
    public static Figure ratioOfOne(String name, long seen, long expected) {
        double ratio = expected == 0 ? 0 : (double) seen / expected;
        return new Figure(name, String.format(java.util.Locale.ROOT, "%.3f", ratio), "= 1.000",
                expected > 0 && seen == expected);
    }

    /** A count that must be exactly {@code target}. */
    public static Figure exactly(String name, long seen, long target) {
        return new Figure(name, String.valueOf(seen), "= " + target, seen == target);
    }

    /** A count of {@code seen} out of {@code expected}, which must be equal. */
    public static Figure countOf(String name, long seen, long expected) {
        return new Figure(name, seen + "/" + expected, "= " + expected, seen == expected);
    }

    /** Seconds that must not exceed {@code limitSeconds}. */
    public static Figure atMostSeconds(String name, double seconds, double limitSeconds) {
        return new Figure(name, String.format(java.util.Locale.ROOT, "%.1f s", seconds),
                String.format(java.util.Locale.ROOT, "<= %.0f s", limitSeconds), seconds <= limitSeconds);
    }

    /** Shown for information only. */
    public static Figure reported(String name, String value) {
        return new Figure(name, value, REPORTED, true);
    }
}
