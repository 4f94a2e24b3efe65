package org.healthjournal.pipeline.devstack.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The four pipeline services, each a runnable Spring Boot jar built by its own module. */
public enum Service {
    INGEST("ingest", 8081),
    REVIEW_WORKFLOW("review-workflow", 8082),
    PUBLISHER("publisher", 8083),
    NOTIFIER("notifier", 8084);

    private final String moduleName;
    private final int defaultPort;

    Service(String moduleName, int defaultPort) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
    }

    public String moduleName() {
        return moduleName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /**
     * The module's {@code <module>-<version>-exec.jar} in {@code directory}; the newest one if
     * several versions were copied there over time.
     */
    public Optional<Path> findJar(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        String prefix = moduleName + "-";
        try (Stream<Path> files = Files.list(directory)) {
            return files
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith("-exec.jar")
                                && Character.isDigit(name.charAt(prefix.length()));
                    })
                    .max(Comparator.comparing(Service::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return moduleName;
    }
}
