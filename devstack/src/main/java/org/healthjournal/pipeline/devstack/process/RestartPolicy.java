package org.healthjournal.pipeline.devstack.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * When to restart a child that exited on its own, and when to stop trying: exponential back-off
 * (1 s, 2 s, 4 s, … capped at 30 s) and at most 5 restarts in any minute. A child that crashes
 * again and again would otherwise fill its log and eat the CPU the rest of the stack needs.
 *
 * <p>One instance per child: it remembers that child's recent restarts. Times are passed in, so
 * the policy needs no clock and is tested without waiting. Not thread-safe; the
 * {@link Supervisor} calls it under its lock.
 */
public final class RestartPolicy {

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxRestartsPerWindow;
    private final Duration window;
    private final Deque<Instant> restartsInWindow = new ArrayDeque<>();
    private int quickExitsInARow;

    /**
     * @param firstDelay           the wait before the first restart after a stable run
     * @param maxDelay             the longest wait, however often the child crashed
     * @param maxRestartsPerWindow restarts allowed within {@code window}; one more exit in it gives up
     * @param window               the sliding window; a child that ran this long before exiting
     *                             counts as stable and starts the back-off from the beginning
     */
    public RestartPolicy(Duration firstDelay, Duration maxDelay, int maxRestartsPerWindow, Duration window) {
        this.firstDelay = requirePositive(firstDelay, "firstDelay");
        this.maxDelay = requirePositive(maxDelay, "maxDelay");
        this.window = requirePositive(window, "window");
        if (maxRestartsPerWindow < 1) {
            throw new IllegalArgumentException("maxRestartsPerWindow must be at least 1");
        }
        this.maxRestartsPerWindow = maxRestartsPerWindow;
    }

    /** 1 s, 2 s, 4 s, … at most 30 s apart, at most 5 restarts a minute. */
    public static RestartPolicy standard() {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(1));
    }

    public Duration window() {
        return window;
    }

    /**
     * Decides about a child that exited at {@code exitedAt} after running for {@code ranFor}; a
     * decision to restart counts as a restart from then on.
     */
    public RestartDecision afterExit(Instant exitedAt, Duration ranFor) {
        Instant windowStart = exitedAt.minus(window);
        while (!restartsInWindow.isEmpty() && !restartsInWindow.peekFirst().isAfter(windowStart)) {
            restartsInWindow.removeFirst();
        }
        if (ranFor.compareTo(window) >= 0) {
            quickExitsInARow = 0;
        }
        if (restartsInWindow.size() >= maxRestartsPerWindow) {
            return RestartDecision.giveUp(restartsInWindow.size());
        }
        Duration delay = delayAfter(quickExitsInARow);
        quickExitsInARow++;
        restartsInWindow.addLast(exitedAt);
        return RestartDecision.restartAfter(delay, restartsInWindow.size());
    }

    /** firstDelay × 2^exits, capped; computed by doubling so that it cannot overflow. */
    private Duration delayAfter(int exits) {
        Duration delay = firstDelay;
        for (int i = 0; i < exits && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Duration requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
