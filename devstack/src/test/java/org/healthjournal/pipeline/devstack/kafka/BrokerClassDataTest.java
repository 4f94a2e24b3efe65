package org.healthjournal.pipeline.devstack.kafka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerClassDataTest {

    @TempDir
    Path dir;

    @Test
    void noArchiveNoOptions() throws IOException {
        List<Path> classpath = List.of(Files.writeString(dir.resolve("kafka.jar"), "k"));

        assertThat(BrokerClassData.jvmOptions(dir.resolve("services"), classpath)).isEmpty();
        assertThat(BrokerClassData.isUpToDate(dir.resolve("services"), classpath)).isFalse();
    }

    @Test
    void aTrainedArchiveIsUsedForTheSameClasspathOnly() throws IOException {
        Path services = dir.resolve("services");
        Path kafka = Files.writeString(dir.resolve("kafka.jar"), "k");
        Path launcher = Files.writeString(dir.resolve("devstack.jar"), "d");
        List<Path> classpath = List.of(kafka, launcher);
        List<String> training = BrokerClassData.trainingJvmOptions(services);
        Path partial = Path.of(training.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        writeDynamicArchive(partial);

        assertThat(BrokerClassData.completeTraining(services, classpath)).isTrue();
        assertThat(BrokerClassData.jvmOptions(services, classpath)).first().asString()
                .startsWith("-XX:SharedArchiveFile=");

        // only the launcher rebuilt: still valid (it is last, the broker loads nothing from it)
        Files.writeString(launcher, "rebuilt");
        assertThat(BrokerClassData.isUpToDate(services, classpath)).isTrue();
        // a library changed: not used
        Files.writeString(kafka, "another version");
        Files.setLastModifiedTime(kafka, FileTime.fromMillis(0));
        assertThat(BrokerClassData.jvmOptions(services, classpath)).isEmpty();
        // another classpath: not used
        assertThat(BrokerClassData.isUpToDate(services, List.of(launcher))).isFalse();
    }

    @Test
    void anIncompleteArchiveIsNotUsed() throws IOException {
        Path services = dir.resolve("services");
        List<String> training = BrokerClassData.trainingJvmOptions(services);
        Path partial = Path.of(training.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        // what a JVM killed while writing leaves: the header (with the magic number) comes last
        Files.write(partial, new byte[64]);

        assertThat(BrokerClassData.completeTraining(services, List.of(dir.resolve("kafka.jar")))).isFalse();
        assertThat(partial).doesNotExist();
        assertThat(BrokerClassData.jvmOptions(services, List.of(dir.resolve("kafka.jar")))).isEmpty();
    }

    private static void writeDynamicArchive(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ByteBuffer.allocate(64).order(ByteOrder.nativeOrder()).putInt(0xf00baba8).array());
    }
}
