package org.healthjournal.pipeline.devstack.kafka;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath for the broker's child JVM. The launcher carries {@code kafka_2.13} and its
 * runtime dependencies (and the SLF4J binding) on its own classpath, so the broker gets that.
 */
public final class KafkaClasspath {

    private KafkaClasspath() {
    }

    /**
     * This JVM's classpath with manifest {@code Class-Path} entries expanded: {@code java -jar
     * devstack.jar} lists its {@code lib/} jars only there, and test runners often start the
     * JVM with a single manifest-only jar. Runnable service jars are left out.
     */
    public static List<Path> ofCurrentJvm() {
        List<Path> roots = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                roots.add(Path.of(entry));
            }
        }
        return of(roots);
    }

    /**
     * What {@link #ofCurrentJvm()} answers in a JVM started with {@code java -jar launcherJar}:
     * the build uses it to train the broker's class-data archive for that very classpath.
     */
    public static List<Path> ofLauncherJar(Path launcherJar) {
        return of(List.of(launcherJar));
    }

    /**
     * The same entries with the launcher's own classes ({@code devstack.jar}) last: the broker
     * loads nothing from there, and its class-data archive then stays valid when only the
     * launcher is rebuilt (the JVM checks the jars up to the last one it archived classes from).
     */
    public static List<Path> launcherLast(List<Path> classpath) {
        Path own = ownLocation();
        if (own == null || !classpath.contains(own)) {
            return classpath;
        }
        List<Path> reordered = new ArrayList<>(classpath);
        reordered.remove(own);
        reordered.add(own);
        return reordered;
    }

    private static Path ownLocation() {
        try {
            return Path.of(KafkaClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (Exception unknown) {
            return null;
        }
    }

    private static List<Path> of(List<Path> roots) {
        Set<Path> entries = new LinkedHashSet<>();
        for (Path root : roots) {
            collect(root.toAbsolutePath().normalize(), entries);
        }
        List<Path> classpath = new ArrayList<>();
        for (Path entry : entries) {
            if (!entry.getFileName().toString().endsWith("-exec.jar")) {
                classpath.add(entry);
            }
        }
        return classpath;
    }

    /** @throws IllegalStateException when no {@code kafka_2.13} jar is among the entries */
    public static void requireKafka(List<Path> classpath) {
        boolean found = classpath.stream().anyMatch(entry -> entry.getFileName().toString().startsWith("kafka_2.13"));
        if (!found) {
            throw new IllegalStateException("the Kafka classpath has no kafka_2.13 jar: " + classpath);
        }
    }

    public static String asArgument(List<Path> classpath) {
        return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }

    private static void collect(Path entry, Set<Path> entries) {
        if (!Files.exists(entry) || !entries.add(entry) || Files.isDirectory(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            collect(referenced, entries);
        }
    }

    /** The jar's manifest {@code Class-Path} entries, resolved against the jar's folder; none if it has none. */
    public static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            URI base = jar.toUri();
            List<Path> referenced = new ArrayList<>();
            for (String item : value.trim().split("\\s+")) {
                referenced.add(Paths.get(base.resolve(item)).toAbsolutePath().normalize());
            }
            return referenced;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
