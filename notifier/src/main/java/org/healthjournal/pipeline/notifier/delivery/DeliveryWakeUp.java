package org.healthjournal.pipeline.notifier.delivery;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Wakes idle senders when new mails were committed, so they need not wait for their next poll.
 * A sender reads {@link #generation()} before looking for work and waits only if nothing was
 * signalled since, so a signal between the two is never missed.
 */
@Component
public class DeliveryWakeUp {

    private long generation;

    public synchronized void signal() {
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    /** Waits until a signal after {@code seen}, or the timeout. */
    synchronized void await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (generation == seen && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
