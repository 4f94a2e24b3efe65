package org.healthjournal.pipeline.devstack.process;

import java.time.Duration;

/**
 * What {@link RestartPolicy} says about a child that exited: restart it after {@code delay}, or
 * give up on it. {@code restartsInWindow} counts the restarts within the policy's window,
 * including this one when it is a restart.
 */
public record RestartDecision(boolean restart, Duration delay, int restartsInWindow) {

    static RestartDecision restartAfter(Duration delay, int restartsInWindow) {
        return new RestartDecision(true, delay, restartsInWindow);
    }

    static RestartDecision giveUp(int restartsInWindow) {
        return new RestartDecision(false, Duration.ZERO, restartsInWindow);
    }
}
