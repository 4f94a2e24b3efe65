package org.healthjournal.pipeline.bench.stages.startup;

import org.healthjournal.pipeline.devstack.DevStack;
import org.healthjournal.pipeline.devstack.ClassDataTraining;
import org.healthjournal.pipeline.devstack.kafka.KafkaClasspath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The README's local-stack command, {@code java -jar devstack.jar --data-dir <dir>}, run as a child
 * process as a developer would run it: default JVM options, the well-known ports, the service jars
 * in {@code services/} next to the launcher and the class-data archives the build trains for them.
 * The bench carries devstack and its dependencies in its own {@code lib/}, so it lays out a launcher
 * folder as the devstack module's {@code target/} is: the devstack jar, the {@code lib/} jars its
 * manifest names (hard links or copies of the bench's) and a link to the bench's services folder.
 * The folder is kept between runs, so the archives trained in it once (as {@code ./mvnw install}
 * trains devstack's) serve every later run until a service jar changes.
 */
final class DevStackLaunch {

    /** What devstack prints once every service answered UP (see {@code StackSummary}). */
    static final String RUNNING_LINE = "The editorial pipeline is running";
    /** devstack itself waits up to 30 s per service, one after the other, then for the broker. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(240);

    private final Path launcherJar;
    private final Path dataDir;
    private final Path consoleLog;

    private DevStackLaunch(Path launcherJar, Path dataDir, Path consoleLog) {
        this.launcherJar = launcherJar;
        this.dataDir = dataDir;
        this.consoleLog = consoleLog;
    }

    /**
     * The launcher folder {@code launcherDir} (made or brought up to date, its class-data archives
     * trained if they are not) and a data folder under {@code workDir}, shared by every start of this stage.
     */
    static DevStackLaunch prepare(Path launcherDir, Path workDir, Path servicesDir) {
        try {
            Path launcher = Files.createDirectories(launcherDir);
            Path devstackJar = devstackJar();
            Path copy = linkOrCopy(devstackJar, launcher.resolve(devstackJar.getFileName()));
            Map<String, Path> ownJars = new HashMap<>();
            for (Path entry : KafkaClasspath.ofCurrentJvm()) {
                ownJars.putIfAbsent(entry.getFileName().toString(), entry);
            }
            for (Path entry : KafkaClasspath.manifestClassPath(copy)) {
                Path jar = ownJars.get(entry.getFileName().toString());
                if (jar == null || !Files.isRegularFile(jar)) {
                    throw new IllegalStateException("devstack needs " + entry + ", which is not on the bench's classpath");
                }
                linkOrCopy(jar, entry);
            }
            Path services = launcher.resolve("services");
            Path target = servicesDir.toAbsolutePath().normalize();
            if (Files.isSymbolicLink(services) && !Files.readSymbolicLink(services).equals(target)) {
                Files.delete(services);
            }
            if (!Files.exists(services, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(services, target);
            }
            // what ./mvnw install does for devstack's own services folder (no-op when up to date)
            ClassDataTraining.trainArchives(services, copy);
            Files.createDirectories(workDir);
            return new DevStackLaunch(copy, workDir.resolve("data"), workDir.resolve("devstack-console.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a devstack launcher in " + launcherDir, e);
        }
    }

    /**
     * A hard link to {@code source} at {@code link} (a copy on another file system), replaced when
     * the source changed. Not a symbolic link: the JVM canonicalises classpath entries, and devstack
     * would look for its services next to the link's target.
     */
    private static Path linkOrCopy(Path source, Path link) throws IOException {
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.size(link) == Files.size(source)
                    && Files.getLastModifiedTime(link).equals(Files.getLastModifiedTime(source))) {
                return link;
            }
            Files.delete(link);
        }
        Files.createDirectories(link.getParent());
        try {
            Files.createLink(link, source);
        } catch (IOException | UnsupportedOperationException otherFileSystem) {
            Files.copy(source, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return link;
    }

    Path dataDir() {
        return dataDir;
    }

    Path consoleLog() {
        return consoleLog;
    }

    /** The child's command line: the README's, with the launcher folder's devstack jar. */
    List<String> command() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", launcherJar.toString(), "--data-dir", dataDir.toString());
    }

    /**
     * Starts devstack, waits for its "running" line, measures the resident memory of it and all
     * its descendants, then stops it with SIGTERM (its Ctrl-C path) and waits until every one of
     * those processes has exited.
     *
     * @throws IllegalStateException when it exits or is not up within {@code timeout}, or leaves processes behind
     */
    StartupSample startAndStop(Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
        long launched = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start devstack", e);
        }
        Thread stopOnExit = new Thread(process::destroy, "bench-stop-devstack");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            CompletableFuture<Long> running = watchConsole(process, launched);
            long healthyNanos;
            try {
                healthyNanos = running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("devstack was not up after " + timeout.toSeconds() + " s; see "
                        + consoleLog);
            } catch (ExecutionException e) {
                throw new IllegalStateException("devstack did not come up: " + e.getCause().getMessage()
                        + "; see " + consoleLog, e.getCause());
            }
            ProcessMemory.Tree memory = ProcessMemory.of(List.of(process.pid()));
            List<ProcessHandle> tree = new ArrayList<>();
            tree.add(process.toHandle());
            process.descendants().forEach(tree::add);
            Duration cpu = ProcessCpu.of(tree);
            stop(process, tree);
            return new StartupSample(Duration.ofNanos(healthyNanos - launched), memory, cpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopAfterFailure(process, new IllegalStateException("interrupted while devstack started", e));
        } catch (RuntimeException e) {
            throw stopAfterFailure(process, e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs already
            }
        }
    }

    /** Stops what is left of a start that failed; a failure to stop is added to {@code failure}, not hiding it. */
    private static RuntimeException stopAfterFailure(Process process, RuntimeException failure) {
        if (process.isAlive()) {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(0, process.toHandle());
            try {
                stop(process, tree);
            } catch (RuntimeException stopFailed) {
                failure.addSuppressed(stopFailed);
            }
        }
        return failure;
    }

    /** Copies the console into {@link #consoleLog}; completes with the nano time of the running line. */
    private CompletableFuture<Long> watchConsole(Process process, long launched) {
        CompletableFuture<Long> running = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 PrintWriter log = new PrintWriter(Files.newBufferedWriter(consoleLog, StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
                log.printf("---- devstack started (%s)%n", String.join(" ", command()));
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.contains(RUNNING_LINE)) {
                        running.complete(System.nanoTime());
                    }
                    log.println(line);
                }
                running.completeExceptionally(new IllegalStateException("devstack exited with status "
                        + process.waitFor() + " before it was up, " + Duration.ofNanos(System.nanoTime() - launched)
                        .toSeconds() + " s after the start"));
            } catch (IOException | InterruptedException e) {
                running.completeExceptionally(e);
            }
        }, "devstack-console");
        reader.setDaemon(true);
        reader.start();
        return running;
    }

    /** SIGTERM to devstack, then wait for it and every process of its tree to exit; SIGKILL what remains. */
    private static void stop(Process process, List<ProcessHandle> tree) {
        process.destroy();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        List<ProcessHandle> left = new ArrayList<>();
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                left.add(handle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                left.add(handle);
            }
        }
        if (!left.isEmpty()) {
            left.forEach(ProcessHandle::destroyForcibly);
            throw new IllegalStateException("devstack left " + left.size() + " processes running "
                    + STOP_TIMEOUT.toSeconds() + " s after SIGTERM (pids " + left.stream().map(ProcessHandle::pid)
                    .toList() + "); they were killed");
        }
    }

    /** Where the DevStack class was loaded from: the devstack jar in the bench's {@code lib/}. */
    static Path devstackJar() {
        try {
            return Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where devstack was loaded from", e);
        }
    }

    /**
     * One start: from the command to the running line, and the tree's memory and the CPU time its
     * processes had used right then.
     */
    record StartupSample(Duration toHealthy, ProcessMemory.Tree memory, Duration cpu) {
    }
}
