package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.kafka.BrokerClassData;
import org.healthjournal.pipeline.devstack.kafka.KafkaClasspath;
import org.healthjournal.pipeline.devstack.services.FastStartJar;
import org.healthjournal.pipeline.devstack.services.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ClassDataTraining <services-dir> <devstack-jar>}: writes the class-data archives of the
 * four services and of the broker (see {@link FastStartJar}, {@link BrokerClassData}) with one
 * training run of the whole stack: on free ports, in a throw-away data folder, with the stack's
 * default JVM options, until every service is UP and a moment longer, then stopped; each JVM
 * writes the classes it loaded when it exits. So the archives hold what a real start loads (Tomcat,
 * the Kafka clients and consumers, health), not only what the application context needs.
 *
 * <p>The build runs it after copying the service jars. A service whose archive the run could not
 * write gets one from the shorter run to the end of its context refresh ({@link FastStartJar#train});
 * nothing here fails the build: without an archive a JVM starts the slower way.
 */
public final class ClassDataTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassDataTraining.class);
    /** After all are UP: the consumers join their groups and the outbox relays make their first rounds. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ClassDataTraining <services-dir> <devstack-jar>");
            System.exit(64);
        }
        trainArchives(Path.of(args[0]), Path.of(args[1]));
    }

    /**
     * Writes the class-data archives of the services in {@code servicesDir} and of the broker that
     * {@code launcherJar} (a devstack jar with its {@code lib/} beside it) starts, unless they are up
     * to date: one training run of the whole stack on free ports, then a context-refresh run of its
     * own for any service that run could not train.
     */
    public static void trainArchives(Path servicesDirectory, Path launcher) {
        Path servicesDir = servicesDirectory.toAbsolutePath().normalize();
        Path launcherJar = launcher.toAbsolutePath().normalize();
        // exactly what the broker gets when the stack runs from java -jar devstack.jar
        // (KafkaClasspath.launcherLast there), which is not this JVM's
        List<Path> launcherLast = new ArrayList<>(KafkaClasspath.ofLauncherJar(launcherJar));
        launcherLast.remove(launcherJar);
        launcherLast.add(launcherJar);
        List<Path> brokerClasspath = List.copyOf(launcherLast);

        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            service.findJar(servicesDir).ifPresent(jar -> jars.put(service, jar));
        }
        boolean upToDate = jars.size() == Service.values().length
                && jars.values().stream().allMatch(FastStartJar::hasArchive)
                && BrokerClassData.isUpToDate(servicesDir, brokerClasspath);
        if (upToDate) {
            log.info("class-data archives up to date");
            return;
        }
        long started = System.nanoTime();
        Path dataDir = servicesDir.resolve("cds").resolve("training-stack");
        deleteQuietly(dataDir);
        if (jars.size() == Service.values().length) {
            StackSettings settings = StackSettings.builder()
                    .allFreePorts()
                    .dataDir(dataDir)
                    .servicesDir(servicesDir)
                    .kafkaClasspath(brokerClasspath)
                    .classDataTraining(true)
                    .build();
            try (LocalStack stack = LocalStack.start(settings)) {
                Thread.sleep(SETTLE.toMillis());
            } catch (RuntimeException e) {
                log.warn("the training run of the stack failed: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        log.info("broker: {}", BrokerClassData.completeTraining(servicesDir, brokerClasspath)
                ? "class-data archive written" : "no archive");
        jars.forEach((service, jar) -> {
            if (FastStartJar.completeTraining(jar)) {
                log.info("{}: class-data archive written", jar.getFileName());
            } else {
                log.info("{}: {} (context refresh only)", jar.getFileName(),
                        FastStartJar.train(jar, StackSettings.DEFAULT_SERVICE_JVM_OPTIONS)
                                ? "class-data archive written" : "no archive");
            }
        });
        deleteQuietly(dataDir);
        log.info("class-data training took {} s", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            log.debug("cannot delete {}: {}", dir, e.toString());
        }
    }
}
