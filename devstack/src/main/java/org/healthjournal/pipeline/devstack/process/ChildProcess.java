package org.healthjournal.pipeline.devstack.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A child JVM whose output goes to a log file, stopped politely first and forcibly if it must. */
public final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code command}, appending its stdout and stderr to {@code logFile}. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile) {
        try {
            // the log keeps earlier runs; a marker shows where this one begins
            appendNote(logFile, "starting " + name + " at " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            log.debug("started {} (pid {}): {}", name, process.pid(), command);
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Appends {@code === devstack: <note> ===} to a child's log, so that someone reading the log
     * sees what the launcher did to the child between its runs.
     */
    public static void appendNote(Path logFile, String note) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Files.writeString(logFile, System.lineSeparator() + "=== devstack: " + note + " ===" + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The {@code java} of the JVM running the launcher, so children use the same JDK. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /** Where its stdout and stderr go. */
    public Path logFile() {
        return logFile;
    }

    /** Completes when the process ends, for whatever reason. */
    public CompletableFuture<Void> onExit() {
        return process.onExit().thenApply(ended -> null);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, or -1 while it still runs. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Waits for the process to end by itself; kills it and answers -1 after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    /** Sends SIGTERM without waiting, so that several children can shut down side by side. */
    public void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits up to {@code timeout} after {@link #requestStop()}, then kills the process. */
    public void awaitStop(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} (pid {}) did not stop within {} s; killing it", name, process.pid(), timeout.toSeconds());
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public void stop(Duration timeout) {
        requestStop();
        awaitStop(timeout);
    }
}
