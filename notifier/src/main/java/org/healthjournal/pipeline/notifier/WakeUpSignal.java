package org.healthjournal.pipeline.notifier;

import java.time.Duration;

/**
 * Wakes an idle sender when work was committed, so it need not wait for its next poll. A sender
 * reads {@link #generation()} before looking for work and waits only if nothing was signalled
 * since, so a signal between the two is never missed. Each sender has its own subclass (bean).
 */
public abstract class WakeUpSignal {

    private long generation;

    public synchronized void signal() {
        generation++;
        notifyAll();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Waits until a signal after {@code seen}, or the timeout. */
    public synchronized void await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (generation == seen && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
