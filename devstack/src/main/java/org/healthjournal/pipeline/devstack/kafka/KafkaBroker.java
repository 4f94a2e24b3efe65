package org.healthjournal.pipeline.devstack.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.healthjournal.pipeline.devstack.StackStartException;
import org.healthjournal.pipeline.devstack.process.LogTail;
import org.healthjournal.pipeline.devstack.process.ChildProcess;
import org.healthjournal.pipeline.devstack.process.RestartPolicy;
import org.healthjournal.pipeline.devstack.process.Supervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Apache Kafka broker in KRaft mode, run as a child JVM. Its data lives in
 * {@code <kafka-dir>/data}, formatted once and re-used on every later start, including the
 * restarts of its {@link Supervisor}: a restart runs the broker only, never the formatting, so
 * the cluster id and the topics survive a crash.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
            // slf4j-simple writes to stderr, which goes to the log file; only warnings, plus the start-up line
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
            "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Supervisor supervisor;
    private final String bootstrapServers;

    private KafkaBroker(Supervisor supervisor, String bootstrapServers) {
        this.supervisor = supervisor;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats the storage if needed, starts the broker and returns once it answers metadata
     * requests. Restarts begin with {@link #superviseRestarts()}.
     */
    public static KafkaBroker start(Path kafkaDir, Path logFile, int port, int controllerPort,
                                    List<Path> classpath, Duration timeout, Path pidFile) {
        KafkaClasspath.requireKafka(classpath);
        Path dataDir = kafkaDir.resolve("data");
        Path config = kafkaDir.resolve("server.properties");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            Files.writeString(config, KafkaServerProperties.singleNode(port, controllerPort, dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + kafkaDir, e);
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(config, logFile, classpath);
        }
        String bootstrapServers = "127.0.0.1:" + port;
        List<String> command = command(classpath, "kafka.Kafka", config.toString());
        Supervisor supervisor = Supervisor.start("kafka", () -> ChildProcess.start("kafka", command, Map.of(), logFile),
                RestartPolicy.standard(), pidFile);
        KafkaBroker broker = new KafkaBroker(supervisor, bootstrapServers);
        try {
            broker.awaitReady(timeout, logFile);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Kafka broker (KRaft) ready at {} (pid {})", bootstrapServers, supervisor.current().pid());
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean isAlive() {
        return supervisor.current().isAlive();
    }

    /** The pid of the broker JVM started last. */
    public long pid() {
        return supervisor.current().pid();
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    /** See {@link Supervisor#superviseRestarts()}. */
    public void superviseRestarts() {
        supervisor.superviseRestarts();
    }

    private static void format(Path config, Path logFile, List<Path> classpath) {
        // the same id `kafka-storage random-uuid` would print, without starting a JVM for it
        String clusterId = Uuid.randomUuid().toString();
        log.info("formatting Kafka storage (cluster id {})", clusterId);
        ChildProcess formatting = ChildProcess.start("kafka-storage-format",
                command(classpath, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(),
                        "--ignore-formatted"),
                Map.of(), logFile);
        int exitCode = formatting.awaitExit(Duration.ofSeconds(120));
        if (exitCode != 0) {
            throw new StackStartException("formatting the Kafka storage failed (exit code " + exitCode + "); "
                    + logFile + " ends with:\n" + LogTail.of(logFile, 30));
        }
    }

    private static List<String> command(List<Path> classpath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(KafkaClasspath.asArgument(classpath));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private void awaitReady(Duration timeout, Path logFile) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            while (true) {
                ChildProcess process = supervisor.current();
                if (!process.isAlive()) {
                    throw new StackStartException("the Kafka broker exited with code " + process.exitCode()
                            + "; " + logFile + " ends with:\n" + LogTail.of(logFile, 40));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new StackStartException("the Kafka broker was not ready after " + timeout.toSeconds()
                            + " s; " + logFile + " ends with:\n" + LogTail.of(logFile, 40));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    log.debug("Kafka not ready yet: {}", notYet.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackStartException("interrupted while waiting for Kafka", e);
                }
            }
        }
    }

    /** Asks the broker to shut down cleanly (SIGTERM), and kills it if that takes too long. */
    @Override
    public void close() {
        supervisor.stop(STOP_TIMEOUT);
    }
}
