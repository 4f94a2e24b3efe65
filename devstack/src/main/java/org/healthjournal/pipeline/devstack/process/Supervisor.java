package org.healthjournal.pipeline.devstack.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps one child process running. Once {@link #superviseRestarts()} was called, a child that
 * exits on its own (a crash, {@code kill -9}, the OOM killer) is started again by the same
 * launcher, so with the same command: the same ports, data directory and arguments. The waits
 * and the limit come from a {@link RestartPolicy}; past the limit the supervisor gives up on the
 * child, says so loudly and leaves the rest of the stack alone.
 *
 * <p>{@link #requestStop()} marks the stop as intended before it signals the child, so stopping
 * the stack restarts nothing. Restarts run on a thread of the supervisor's own, after a wait of at
 * least the policy's first delay; the restart checks again that no stop was requested meanwhile.
 */
public final class Supervisor {

    /** RUNNING: started and not seen to exit; RESTARTING: waiting out the back-off. */
    public enum State { RUNNING, RESTARTING, GAVE_UP, STOPPED }

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    private final String name;
    private final Supplier<ChildProcess> launcher;
    private final RestartPolicy policy;
    private final Path pidFile;
    private final ScheduledExecutorService scheduler;
    private final Object lock = new Object();

    // guarded by lock
    private ChildProcess current;
    private Instant startedAt;
    private State state = State.RUNNING;
    private boolean supervising;
    private boolean stopping;
    private int restarts;
    private Integer lastExitStatus;
    private ScheduledFuture<?> pendingRestart;
    // a fault test's hold: no restart before this instant (null: the policy alone decides)
    private Instant heldDownUntil;

    private Supervisor(String name, Supplier<ChildProcess> launcher, RestartPolicy policy, Path pidFile,
                       ChildProcess first) {
        this.name = name;
        this.launcher = launcher;
        this.policy = policy;
        this.pidFile = pidFile;
        this.current = first;
        this.startedAt = Instant.now();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "supervisor-" + name);
            // a launcher that is shutting down must not wait for a pending restart
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the first child through {@code launcher}; restarts only begin with
     * {@link #superviseRestarts()}, so that a child failing during the stack's start-up is
     * reported rather than restarted. {@code launcher} must start a fresh child with the same
     * command every time it is called.
     *
     * @param pidFile where the current child's pid is written after every (re)start, removed
     *                again when the child is stopped or given up on
     */
    public static Supervisor start(String name, Supplier<ChildProcess> launcher, RestartPolicy policy, Path pidFile) {
        Objects.requireNonNull(pidFile, "pidFile");
        ChildProcess first = launcher.get();
        Supervisor supervisor = new Supervisor(name, launcher, policy, pidFile, first);
        supervisor.writePidFile(first);
        return supervisor;
    }

    /** From now on, an exit that was not asked for leads to a restart. Idempotent. */
    public void superviseRestarts() {
        synchronized (lock) {
            if (supervising || stopping) {
                return;
            }
            supervising = true;
            // a child that died already is noticed at once: onExit is complete then
            watch(current);
        }
    }

    public String name() {
        return name;
    }

    /** The child started last; it may have exited since. */
    public ChildProcess current() {
        synchronized (lock) {
            return current;
        }
    }

    public ChildStatus status() {
        synchronized (lock) {
            return new ChildStatus(name, current.pid(), current.isAlive(), state, restarts, lastExitStatus);
        }
    }

    private void watch(ChildProcess child) {
        // on the supervisor's thread, not the JDK's process reaper, which must not be held up
        child.onExit().thenRunAsync(() -> exited(child), scheduler);
    }

    private void exited(ChildProcess child) {
        synchronized (lock) {
            if (stopping || child != current) {
                return;
            }
            lastExitStatus = child.exitCode();
            decideAfterExit(name + " exited with status " + lastExitStatus, child.logFile());
        }
    }

    // called under lock
    private void decideAfterExit(String whatHappened, Path logFile) {
        Instant now = Instant.now();
        RestartDecision decision = policy.afterExit(now, Duration.between(startedAt, now));
        if (!decision.restart()) {
            state = State.GAVE_UP;
            deletePidFile();
            String message = whatHappened + " and was restarted " + decision.restartsInWindow() + " times in the last "
                    + describeWindow() + "; GIVING UP on " + name + ". The rest of the stack keeps running; see "
                    + logFile + " and restart the stack once it is fixed.";
            log.error("!!! {} !!!", message);
            note(logFile, message);
            return;
        }
        state = State.RESTARTING;
        Duration delay = decision.delay();
        if (heldDownUntil != null) {
            Duration held = Duration.between(now, heldDownUntil);
            heldDownUntil = null;
            if (held.compareTo(delay) > 0) {
                delay = held;
            }
        }
        String message = whatHappened + "; restarting in " + describe(delay) + " (restart "
                + decision.restartsInWindow() + " in the last " + describeWindow() + ")";
        log.warn(message);
        note(logFile, message);
        pendingRestart = scheduler.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            pendingRestart = null;
            Path logFile = current.logFile();
            startedAt = Instant.now();
            try {
                current = launcher.get();
            } catch (RuntimeException e) {
                // e.g. the JDK or the jar went away: the policy's back-off and limit apply all the same
                log.error("restarting {} failed", name, e);
                decideAfterExit(name + " could not be started again (" + e.getMessage() + ")", logFile);
                return;
            }
            restarts++;
            state = State.RUNNING;
            writePidFile(current);
            log.info("{} restarted as pid {} (restarts so far: {})", name, current.pid(), restarts);
            watch(current);
        }
    }

    /**
     * For fault tests: kills the current child with SIGKILL, like a crash, and delays its
     * supervised restart until {@code holdDown} has passed (or the policy's back-off, if that is
     * longer), so that e.g. the broker stays down for a given time. The exit counts as a restart
     * towards the policy's limit. With {@link Duration#ZERO} it is a plain {@code kill -9}.
     *
     * @throws IllegalStateException when restarts are not supervised (yet or any more)
     */
    public void killAndHoldDown(Duration holdDown) {
        Objects.requireNonNull(holdDown, "holdDown");
        ChildProcess child;
        synchronized (lock) {
            if (!supervising || stopping || state != State.RUNNING) {
                throw new IllegalStateException(name + " is not running under supervision (" + state + ")");
            }
            heldDownUntil = Instant.now().plus(holdDown);
            child = current;
        }
        log.warn("killing {} (pid {}) with SIGKILL; no restart for {}", name, child.pid(), describe(holdDown));
        ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * Restarts nothing from now on, without stopping the child yet. A stack that stops its
     * children one after the other calls this on all of them first: on Ctrl-C the terminal
     * signals every child at once, and a child that exits early must not be restarted while
     * the others are still being stopped.
     */
    public void stopRestarting() {
        synchronized (lock) {
            stopping = true;
            if (pendingRestart != null) {
                pendingRestart.cancel(false);
            }
        }
    }

    /** Marks the stop as intended, cancels a pending restart and sends the child SIGTERM; does not wait. */
    public void requestStop() {
        ChildProcess child;
        synchronized (lock) {
            stopRestarting();
            state = State.STOPPED;
            child = current;
        }
        child.requestStop();
    }

    /** After {@link #requestStop()}: waits for the child (killing it after {@code timeout}) and cleans up. */
    public void awaitStop(Duration timeout) {
        current().awaitStop(timeout);
        scheduler.shutdownNow();
        synchronized (lock) {
            deletePidFile();
        }
    }

    public void stop(Duration timeout) {
        requestStop();
        awaitStop(timeout);
    }

    private void writePidFile(ChildProcess child) {
        try {
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            // written aside and moved, so that a reader never sees half a number
            Path written = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
            Files.writeString(written, child.pid() + System.lineSeparator());
            Files.move(written, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("cannot write {}: {}", pidFile, e.toString());
        }
    }

    private void deletePidFile() {
        try {
            // a stale pid could name an unrelated process later; better no file than a wrong one
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", pidFile, e.toString());
        }
    }

    private static void note(Path logFile, String message) {
        try {
            ChildProcess.appendNote(logFile, message);
        } catch (IOException | UncheckedIOException e) {
            log.debug("cannot note in {}: {}", logFile, e.toString());
        }
    }

    private String describeWindow() {
        return policy.window().equals(Duration.ofMinutes(1)) ? "minute" : describe(policy.window());
    }

    /** "2 s" for whole seconds (the standard policy), "250 ms" otherwise (fast test policies). */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
