package org.healthjournal.pipeline.devstack.process;

/**
 * One supervised child as a fault test or a developer sees it: its current (or last) pid,
 * whether that process is alive, the supervisor's state, how often it was restarted and the
 * status of its last unexpected exit ({@code null} before the first).
 */
public record ChildStatus(String name, long pid, boolean alive, Supervisor.State state, int restarts,
                          Integer lastExitStatus) {
}
