package org.healthjournal.pipeline.devstack.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class FastStartJarTest {

    @TempDir
    Path dir;

    @Test
    void aJarThatIsNotASpringBootJarRunsAsItIs() throws IOException {
        Path jar = dir.resolve("plain-1.0-exec.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "example.Main");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest only
        }

        assertThat(FastStartJar.launchArguments(jar)).containsExactly("-jar", jar.toString());
        assertThat(dir.resolve("cds")).doesNotExist();
    }

    @Test
    void anUnreadableJarRunsAsItIsAndTheJvmReportsIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("broken-1.0-exec.jar"), "not a zip");

        assertThat(FastStartJar.launchArguments(jar)).containsExactly("-jar", jar.toString());
    }

    @Test
    void theCopiesLiveNextToTheJarsUnderCds() {
        assertThat(FastStartJar.cacheDir(dir.resolve("ingest-0.1.0-exec.jar")))
                .isEqualTo(dir.toAbsolutePath().resolve("cds").resolve("ingest-0.1.0-exec"));
    }
}
