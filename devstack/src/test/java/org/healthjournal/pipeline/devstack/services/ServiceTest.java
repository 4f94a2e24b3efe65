package org.healthjournal.pipeline.devstack.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTest {

    @Test
    void findsOnlyTheRunnableJarOfItsOwnModule(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("ingest-0.1.0-SNAPSHOT.jar"));
        Files.createFile(dir.resolve("review-workflow-0.1.0-SNAPSHOT-exec.jar"));
        Path ingest = Files.createFile(dir.resolve("ingest-0.1.0-SNAPSHOT-exec.jar"));

        assertThat(Service.INGEST.findJar(dir)).contains(ingest);
        assertThat(Service.PUBLISHER.findJar(dir)).isEmpty();
        assertThat(Service.NOTIFIER.findJar(dir.resolve("absent"))).isEmpty();
    }
}
