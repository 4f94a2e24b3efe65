package org.healthjournal.pipeline.devstack.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClasspathTest {

    @Test
    void includesKafkaFromThisJvm() {
        List<Path> classpath = KafkaClasspath.ofCurrentJvm();

        assertThat(classpath).anyMatch(entry -> entry.getFileName().toString().startsWith("kafka_2.13"));
        assertThat(classpath).anyMatch(entry -> entry.getFileName().toString().startsWith("slf4j-simple"));
        KafkaClasspath.requireKafka(classpath);
    }

    @Test
    void refusesClasspathWithoutKafka() {
        assertThatThrownBy(() -> KafkaClasspath.requireKafka(List.of(Path.of("/lib/slf4j-api.jar"))))
                .hasMessageContaining("no kafka_2.13 jar");
    }

    @Test
    void asArgumentJoinsWithPathSeparator() {
        assertThat(KafkaClasspath.asArgument(List.of(Path.of("a.jar"), Path.of("b.jar"))))
                .isEqualTo("a.jar" + File.pathSeparator + "b.jar");
    }

    @Test
    void manifestClassPathIsResolvedRelativeToTheJar(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Path library = Files.createFile(dir.resolve("lib/kafka_2.13-3.9.1.jar"));
        Path launcher = jarWithClassPath(dir.resolve("launcher.jar"), "lib/kafka_2.13-3.9.1.jar lib/missing.jar");
        String previous = System.getProperty("java.class.path");
        System.setProperty("java.class.path", launcher.toString());
        try {
            assertThat(KafkaClasspath.ofCurrentJvm()).containsExactly(launcher.toAbsolutePath(), library.toAbsolutePath());
        } finally {
            System.setProperty("java.class.path", previous);
        }
    }

    @Test
    void theLauncherJarGivesWhatJavaDashJarGives(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Path library = Files.createFile(dir.resolve("lib/kafka_2.13-3.9.1.jar"));
        Path launcher = jarWithClassPath(dir.resolve("devstack.jar"), "lib/kafka_2.13-3.9.1.jar");

        assertThat(KafkaClasspath.ofLauncherJar(launcher))
                .containsExactly(launcher.toAbsolutePath(), library.toAbsolutePath());
    }

    @Test
    void launcherLastLeavesAClasspathWithoutTheLauncherAsItIs() {
        List<Path> classpath = List.of(Path.of("/lib/kafka_2.13-3.9.1.jar"), Path.of("/lib/slf4j-simple.jar"));

        assertThat(KafkaClasspath.launcherLast(classpath)).isEqualTo(classpath);
    }

    /** A jar holding only a manifest whose {@code Class-Path} is {@code classPath}. */
    private static Path jarWithClassPath(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file, manifest)) {
            // manifest only
        }
        return jar;
    }
}
