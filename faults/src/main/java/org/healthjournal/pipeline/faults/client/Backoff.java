package org.healthjournal.pipeline.faults.client;

import java.time.Duration;

/** The pause a client makes between two attempts (not a wait for a result: those use Awaitility). */
public final class Backoff {

    private Backoff() {
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** 250 ms, 500 ms, 1 s, 2 s, then 2 s: short enough to notice a restarted service quickly. */
    public static Duration after(int attempt) {
        return Duration.ofMillis(Math.min(2000, 250L << Math.min(attempt, 4)));
    }
}
