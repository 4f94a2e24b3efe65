package org.healthjournal.pipeline.notifier.subscriptions;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Wakes the confirmation sender when a request was committed, so a reader's mail goes out at once
 * rather than at the next poll. Reading {@link #generation()} before looking for work means a
 * signal in between is never missed.
 */
@Component
class ConfirmationWakeUp {

    private long generation;

    synchronized void signal() {
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    synchronized void await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (generation == seen && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
