package org.healthjournal.pipeline.bench.load;

import org.healthjournal.pipeline.bench.Numbers;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one load run saw: how many requests were sent, how long the whole run took (first request
 * sent to last answer read), the answers' status codes, the requests that got no answer at all,
 * and every answered request's response time.
 *
 * @param requests      requests attempted
 * @param elapsedNanos  wall time of the whole run
 * @param statusCounts  status code → how many answers had it
 * @param failures      requests that got no HTTP answer (connection refused or reset, timeout)
 * @param firstFailure  what the first of those failures was, or null
 * @param latencies     response times of the answered requests
 */
public record LoadResult(int requests, long elapsedNanos, Map<Integer, Integer> statusCounts, int failures,
                         String firstFailure, Latencies latencies) {

    public LoadResult {
        statusCounts = Collections.unmodifiableMap(new TreeMap<>(statusCounts));
        if (elapsedNanos <= 0) {
            throw new IllegalArgumentException("a run takes some time, not " + elapsedNanos + " ns");
        }
    }

    /** Every request, answered or not, per second of the run. */
    public double requestsPerSecond() {
        return requests / seconds();
    }

    /** Requests answered with {@code status}, per second of the run. */
    public double perSecond(int status) {
        return count(status) / seconds();
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public int count(int status) {
        return statusCounts.getOrDefault(status, 0);
    }

    /** Answers with a status of 500 or more. */
    public int serverErrors() {
        return statusCounts.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    /** Whether every request was answered with one of {@code expected}. */
    public boolean allAnsweredWith(int... expected) {
        int matching = 0;
        for (int status : expected) {
            matching += count(status);
        }
        return failures == 0 && matching == requests;
    }

    /**
     * A run whose requests failed (5xx, no answer) measured an error path, not the work: the stage
     * must fail loudly rather than report it as throughput.
     *
     * @throws IllegalStateException naming the run, its status counts and the first failure
     */
    public LoadResult requireNoServerErrors(String what) {
        if (failures > 0 || serverErrors() > 0) {
            throw new IllegalStateException(what + ": " + serverErrors() + " server errors and " + failures
                    + " requests without an answer out of " + requests + " (" + describeStatuses() + ")"
                    + (firstFailure == null ? "" : "; first failure: " + firstFailure));
        }
        return this;
    }

    /** E.g. {@code 200×1990, 429×10}. */
    public String describeStatuses() {
        String answered = statusCounts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(", "));
        String unanswered = failures == 0 ? "" : (answered.isEmpty() ? "" : ", ") + "no answer×" + failures;
        return answered.isEmpty() && unanswered.isEmpty() ? "none" : answered + unanswered;
    }

    /** A note for a row: statuses, median and p99 response time. */
    public String summary() {
        return describeStatuses() + "; answer p50 " + Numbers.format(latencies.medianMillis()) + " ms, p99 "
                + Numbers.format(latencies.percentileMillis(99)) + " ms, max " + Numbers.format(latencies.maxMillis())
                + " ms";
    }
}
