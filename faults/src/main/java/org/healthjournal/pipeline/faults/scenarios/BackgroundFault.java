package org.healthjournal.pipeline.faults.scenarios;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

/** A fault injected on its own thread while the articles flow, so that the clients feel it mid-run. */
final class BackgroundFault {

    private static final Logger log = LoggerFactory.getLogger(BackgroundFault.class);

    interface Action {
        void run() throws Exception;
    }

    private final Thread thread;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    private BackgroundFault(String name, Action action) {
        thread = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                log.error("fault {} failed", name, e);
                failure.set(e);
            }
        }, "fault-" + name);
        thread.setDaemon(true);
    }

    static BackgroundFault start(String name, Action action) {
        BackgroundFault fault = new BackgroundFault(name, action);
        fault.thread.start();
        return fault;
    }

    /** Waits for the fault to be over; rethrows what went wrong while injecting it. */
    void finish() throws Exception {
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Sleeping is right here: it is how long a fault is held, not a wait for a result. */
    static void hold(java.time.Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(0, duration.toMillis()));
    }
}
