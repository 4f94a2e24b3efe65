package org.healthjournal.pipeline.devstack.services;

import org.healthjournal.pipeline.devstack.StackSettings;
import org.healthjournal.pipeline.devstack.process.ChildProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A Spring Boot service jar prepared for a quick start on a small machine, where four services
 * and a broker share two cores and loading classes is most of each start's CPU time:
 *
 * <ul>
 *   <li><b>extracted</b> ({@code java -Djarmode=tools -jar app.jar extract}): plain jars load
 *       faster than Spring Boot's nested ones, and class-data sharing can only use plain jars;</li>
 *   <li>with a <b>dynamic AppCDS archive</b> ({@code -XX:SharedArchiveFile}) written by the
 *       build's training run of the whole stack ({@link #trainingArguments},
 *       {@code org.healthjournal.pipeline.devstack.ClassDataTraining}), or, for a service that run
 *       could not train, by a {@linkplain #train run of its own} that stops right after the
 *       application context is refreshed ({@code -Dspring.context.exit=onRefresh}): the classes
 *       come parsed and verified from the archive instead of from the jars.</li>
 * </ul>
 *
 * Both live in {@code <jar's folder>/cds/<jar name>/}, stamped with the jar's size and time so
 * that a rebuilt jar is extracted again. Anything that does not work out (not a Spring Boot jar,
 * extraction fails, no archive yet) falls back silently to the plainer way, at worst
 * {@code -jar app.jar}; the JVM itself ignores an archive it cannot use.
 */
public final class FastStartJar {

    private static final Logger log = LoggerFactory.getLogger(FastStartJar.class);
    private static final String ARCHIVE = "app.jsa";
    private static final String STAMP = "source.stamp";
    private static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;
    private static final Duration EXTRACT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);
    /** An archive the JVM cannot map (another JDK, a changed jar) is skipped without a warning on stdout. */
    private static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private FastStartJar() {
    }

    /**
     * What replaces {@code -jar <jar>} on a service's command line: the extracted jar, with its
     * class-data archive when there is one. Never throws; falls back to {@code -jar <jar>}.
     */
    public static List<String> launchArguments(Path jar) {
        Optional<Path> extracted = extracted(jar);
        if (extracted.isEmpty()) {
            return List.of("-jar", jar.toString());
        }
        List<String> arguments = new ArrayList<>(archiveOptions(cacheDir(jar).resolve(ARCHIVE)));
        arguments.add("-jar");
        arguments.add(extracted.get().toString());
        return arguments;
    }

    /**
     * For a {@linkplain #completeTraining training run} through a whole start of the stack:
     * the extracted jar, no archive to read, and the classes it loads written at its exit to
     * {@code app.jsa.part}. Empty when the jar cannot be extracted.
     */
    public static Optional<List<String>> trainingArguments(Path jar) {
        return extracted(jar).map(extractedJar -> {
            List<String> arguments = new ArrayList<>(trainingOptions(cacheDir(jar).resolve(ARCHIVE)));
            arguments.add("-jar");
            arguments.add(extractedJar.toString());
            return arguments;
        });
    }

    /**
     * After a training run started with {@link #trainingArguments} has exited: puts its archive
     * in place. Answers whether there was one.
     */
    public static boolean completeTraining(Path jar) {
        return completeTrainingOf(cacheDir(jar).resolve(ARCHIVE));
    }

    /** The JVM options that use {@code archive} if it exists (quietly ignored if the JVM cannot use it). */
    public static List<String> archiveOptions(Path archive) {
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        options.add("-XX:SharedArchiveFile=" + archive);
        options.addAll(QUIET_CDS);
        return options;
    }

    /** The JVM options that write the classes loaded until the JVM exits to {@code <archive>.part}. */
    public static List<String> trainingOptions(Path archive) {
        return List.of("-XX:ArchiveClassesAtExit=" + archive.resolveSibling(archive.getFileName() + ".part"));
    }

    /** Moves {@code <archive>.part} written by a run with {@link #trainingOptions} to {@code archive}. */
    public static boolean completeTrainingOf(Path archive) {
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        try {
            if (!isCompleteArchive(partial)) {
                log.warn("{} is missing or incomplete (the JVM was killed while writing it?); not used", partial);
                Files.deleteIfExists(partial);
                return false;
            }
            moveAtomically(partial, archive);
            return true;
        } catch (IOException e) {
            log.warn("cannot put the class-data archive {} in place: {}", archive, e.toString());
            return false;
        }
    }

    /**
     * True when the file starts with the magic number of a dynamic archive: the JVM writes it
     * last, so a JVM killed while writing leaves a file without it.
     */
    static boolean isCompleteArchive(Path archive) throws IOException {
        if (!Files.isRegularFile(archive) || Files.size(archive) < 4) {
            return false;
        }
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(archive)) {
            if (in.readNBytes(head, 0, 4) != 4) {
                return false;
            }
        }
        // 0xf00baba8 (CDS_DYNAMIC_ARCHIVE_MAGIC), written in the machine's byte order
        int little = (head[0] & 0xff) | (head[1] & 0xff) << 8 | (head[2] & 0xff) << 16 | (head[3] & 0xff) << 24;
        int big = (head[3] & 0xff) | (head[2] & 0xff) << 8 | (head[1] & 0xff) << 16 | (head[0] & 0xff) << 24;
        return little == DYNAMIC_ARCHIVE_MAGIC || big == DYNAMIC_ARCHIVE_MAGIC;
    }

    /** {@code <jar's folder>/cds/<jar's file name without .jar>}. */
    static Path cacheDir(Path jar) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        return jar.toAbsolutePath().getParent().resolve("cds").resolve(name);
    }

    /** The extracted copy of a Spring Boot jar, extracting it first if it is missing or stale. */
    static synchronized Optional<Path> extracted(Path jar) {
        try {
            if (!isSpringBootJar(jar)) {
                return Optional.empty();
            }
            Path cache = cacheDir(jar);
            Path extractedJar = cache.resolve("app").resolve(jar.getFileName());
            String stamp = stampOf(jar);
            if (Files.isRegularFile(extractedJar) && stamp.equals(readStamp(cache))) {
                return Optional.of(extractedJar);
            }
            deleteRecursively(cache);
            Path staging = Files.createDirectories(cache.getParent())
                    .resolve(cache.getFileName() + ".extracting-" + ProcessHandle.current().pid());
            deleteRecursively(staging);
            Files.createDirectories(staging);
            Path log = staging.resolve("extract.log");
            int exitCode = ChildProcess.start("extract " + jar.getFileName(), List.of(ChildProcess.javaExecutable(),
                            "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                            staging.resolve("app").toString()), Map.of(), log)
                    .awaitExit(EXTRACT_TIMEOUT);
            if (exitCode != 0 || !Files.isRegularFile(staging.resolve("app").resolve(jar.getFileName()))) {
                FastStartJar.log.debug("extracting {} failed (exit code {}); running it as it is", jar, exitCode);
                deleteRecursively(staging);
                return Optional.empty();
            }
            Files.writeString(staging.resolve(STAMP), stamp);
            try {
                moveAtomically(staging, cache);
            } catch (IOException anotherLauncherWasFaster) {
                deleteRecursivelyQuietly(staging);
                return Files.isRegularFile(extractedJar) && stamp.equals(readStamp(cache))
                        ? Optional.of(extractedJar) : Optional.empty();
            }
            return Optional.of(extractedJar);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            log.debug("cannot prepare {} for a quick start: {}", jar, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the jar's class-data archive: runs it extracted, with {@code jvmOptions}, until its
     * application context is refreshed (nothing listens, no Kafka consumer starts, the database is
     * a throw-away H2 file), and keeps the classes it loaded. Answers whether an archive was written.
     */
    public static boolean train(Path jar, List<String> jvmOptions) {
        Optional<Path> extracted = extracted(jar);
        if (extracted.isEmpty()) {
            return false;
        }
        Path cache = cacheDir(jar);
        Path archive = cache.resolve(ARCHIVE);
        Path dataDir = cache.resolve("training-data");
        try {
            deleteRecursively(dataDir);
            List<String> command = new ArrayList<>();
            command.add(ChildProcess.javaExecutable());
            command.addAll(jvmOptions);
            command.addAll(trainingOptions(archive));
            command.add("-Dspring.context.exit=onRefresh");
            command.add("-jar");
            command.add(extracted.get().toString());
            command.add("--server.port=0");
            command.add("--pipeline.kafka.create-topics=false");
            command.add("--camel.component.kafka.brokers=127.0.0.1:9");
            int exitCode = ChildProcess.start("train " + jar.getFileName(), command,
                    Map.of("PIPELINE_DATA_DIR", dataDir.toString()), cache.resolve("training.log"))
                    .awaitExit(TRAINING_TIMEOUT);
            if (exitCode != 0) {
                log.warn("training the class-data archive of {} failed (exit code {}); see {}", jar.getFileName(),
                        exitCode, cache.resolve("training.log"));
                Files.deleteIfExists(archive.resolveSibling(ARCHIVE + ".part"));
                return false;
            }
            return completeTrainingOf(archive);
        } catch (IOException e) {
            log.warn("training the class-data archive of {} failed: {}", jar.getFileName(), e.toString());
            return false;
        } finally {
            deleteRecursivelyQuietly(dataDir);
        }
    }

    /**
     * {@code FastStartJar <services-dir>}: extracts every service jar there and trains its
     * archive with the stack's default JVM options. The build runs it after copying the jars, so
     * that even the first {@code java -jar devstack.jar} starts quickly. Exits 0 even when an
     * archive could not be written: the stack then starts the slower way.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FastStartJar <services-dir>");
            System.exit(64);
        }
        Path servicesDir = Path.of(args[0]);
        List<String> jvmOptions = StackSettings.DEFAULT_SERVICE_JVM_OPTIONS;
        // two at a time: the build machine may have two cores only
        List<Path> jars = new ArrayList<>();
        for (Service service : Service.values()) {
            service.findJar(servicesDir).ifPresent(jars::add);
        }
        jars.parallelStream().forEach(jar -> {
            if (hasArchive(jar)) {
                log.info("{}: class-data archive up to date", jar.getFileName());
                return;
            }
            long started = System.nanoTime();
            boolean trained = train(jar, jvmOptions);
            log.info("{}: {} in {} s", jar.getFileName(), trained ? "class-data archive written" : "no archive",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        });
    }

    /** True when the jar is extracted (and not stale) and has its archive. */
    public static boolean hasArchive(Path jar) {
        return extracted(jar).isPresent() && Files.isRegularFile(cacheDir(jar).resolve(ARCHIVE));
    }

    private static boolean isSpringBootJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue("Spring-Boot-Version") != null;
        }
    }

    private static String stampOf(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    private static String readStamp(Path cache) {
        try {
            return Files.readString(cache.resolve(STAMP));
        } catch (IOException missing) {
            return "";
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static void deleteRecursivelyQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException e) {
            log.debug("cannot delete {}: {}", path, e.toString());
        }
    }
}
