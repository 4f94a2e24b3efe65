package org.healthjournal.pipeline.notifier.staff;

import org.springframework.stereotype.Component;

import java.time.Duration;

/** Wakes the staff notification sender when a mail was queued, so it need not wait for its next poll. */
@Component
class StaffNotificationWakeUp {

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
