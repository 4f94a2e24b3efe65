package org.healthjournal.pipeline.devstack.kafka;

import org.healthjournal.pipeline.devstack.services.FastStartJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The broker JVM's class-data archive (AppCDS), {@code <services-dir>/cds/kafka-broker/broker.jsa},
 * written by the build's training run of the whole stack (see
 * {@code org.healthjournal.pipeline.devstack.ClassDataTraining}) for the launcher's classpath.
 * A stamp of that classpath (each jar's size and time, the JDK) is kept next to it: with another
 * classpath or JDK the archive is not used and the broker starts the slower way.
 */
public final class BrokerClassData {

    private static final Logger log = LoggerFactory.getLogger(BrokerClassData.class);
    private static final String ARCHIVE = "broker.jsa";
    private static final String STAMP = "classpath.stamp";

    private BrokerClassData() {
    }

    static Path dir(Path servicesDir) {
        return servicesDir.toAbsolutePath().resolve("cds").resolve("kafka-broker");
    }

    /** The options that use the archive, when there is one for this classpath; else none. */
    public static List<String> jvmOptions(Path servicesDir, List<Path> classpath) {
        return isUpToDate(servicesDir, classpath) ? FastStartJar.archiveOptions(dir(servicesDir).resolve(ARCHIVE))
                : List.of();
    }

    /** The options of a training run: the classes the broker loads are written when it exits. */
    public static List<String> trainingJvmOptions(Path servicesDir) {
        try {
            Files.createDirectories(dir(servicesDir));
        } catch (IOException e) {
            log.warn("cannot create {}: {}", dir(servicesDir), e.toString());
        }
        return FastStartJar.trainingOptions(dir(servicesDir).resolve(ARCHIVE));
    }

    /** After a training run's broker has exited: puts its archive in place with the classpath's stamp. */
    public static boolean completeTraining(Path servicesDir, List<Path> classpath) {
        Path dir = dir(servicesDir);
        try {
            Files.deleteIfExists(dir.resolve(STAMP));
            if (!FastStartJar.completeTrainingOf(dir.resolve(ARCHIVE))) {
                return false;
            }
            Files.writeString(dir.resolve(STAMP), stamp(classpath));
            return true;
        } catch (IOException e) {
            log.warn("cannot write {}: {}", dir.resolve(STAMP), e.toString());
            return false;
        }
    }

    public static boolean isUpToDate(Path servicesDir, List<Path> classpath) {
        Path dir = dir(servicesDir);
        if (!Files.isRegularFile(dir.resolve(ARCHIVE))) {
            return false;
        }
        try {
            return stamp(classpath).equals(Files.readString(dir.resolve(STAMP)));
        } catch (IOException noStamp) {
            return false;
        }
    }

    /**
     * The JDK and every entry but the last (the launcher's own jar, see
     * {@link KafkaClasspath#launcherLast}) with its size and time; the last by name only.
     */
    static String stamp(List<Path> classpath) {
        StringBuilder stamp = new StringBuilder(System.getProperty("java.home")).append(' ')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (int i = 0; i < classpath.size(); i++) {
            Path entry = classpath.get(i);
            stamp.append(entry);
            if (i < classpath.size() - 1) {
                try {
                    stamp.append(' ').append(Files.size(entry)).append(' ')
                            .append(Files.getLastModifiedTime(entry).toMillis());
                } catch (IOException missing) {
                    stamp.append(" missing");
                }
            }
            stamp.append('\n');
        }
        return stamp.toString();
    }
}
