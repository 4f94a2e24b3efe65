package org.healthjournal.pipeline.devstack.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.healthjournal.pipeline.devstack.StackStartException;
import org.healthjournal.pipeline.devstack.process.LogTail;
import org.healthjournal.pipeline.devstack.process.ChildProcess;
import org.healthjournal.pipeline.devstack.process.RestartPolicy;
import org.healthjournal.pipeline.devstack.process.Supervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    /** For a broker that should keep up with heavy load (the benchmark): G1 and the full JIT. */
    public static final List<String> THROUGHPUT_JVM_OPTIONS = List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20");
    /**
     * For a broker that should start quickly and stay small beside four services on a developer's
     * machine: the client compiler only and the serial collector.
     */
    public static final List<String> QUICK_START_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms128m", "-Xmx512m", "-Djava.awt.headless=true",
            // slf4j-simple writes to stderr, which goes to the log file; only warnings, plus the start-up line
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
            "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Supervisor supervisor;
    private final String bootstrapServers;
    private final Path logFile;

    private KafkaBroker(Supervisor supervisor, String bootstrapServers, Path logFile) {
        this.supervisor = supervisor;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
    }

    /**
     * Formats the storage if needed, starts the broker and returns once it answers metadata
     * requests. Restarts begin with {@link #superviseRestarts()}.
     */
    public static KafkaBroker start(Path kafkaDir, Path logFile, int port, int controllerPort,
                                    List<Path> classpath, Duration timeout, Path pidFile) {
        KafkaBroker broker = launch(kafkaDir, logFile, port, controllerPort, classpath, THROUGHPUT_JVM_OPTIONS,
                pidFile);
        broker.awaitReady(timeout);
        return broker;
    }

    /**
     * Formats the storage if needed and starts the broker without waiting for it, so that the
     * services' JVMs can start side by side with it (they wait for the broker when they create
     * their topics); {@link #awaitReady} waits. Restarts begin with {@link #superviseRestarts()}.
     */
    public static KafkaBroker launch(Path kafkaDir, Path logFile, int port, int controllerPort,
                                     List<Path> classpath, List<String> jvmOptions, Path pidFile) {
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
            format(dataDir, logFile);
        }
        String bootstrapServers = "127.0.0.1:" + port;
        List<String> command = command(classpath, jvmOptions, "kafka.Kafka", config.toString());
        Supervisor supervisor = Supervisor.start("kafka", () -> ChildProcess.start("kafka", command, Map.of(), logFile),
                RestartPolicy.standard(), pidFile);
        return new KafkaBroker(supervisor, bootstrapServers, logFile);
    }

    /**
     * Returns once the broker answers metadata requests; stops it and throws when it exits or
     * is not ready within {@code timeout}.
     */
    public void awaitReady(Duration timeout) {
        try {
            awaitReady(timeout, logFile);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("Kafka broker (KRaft) ready at {} (pid {})", bootstrapServers, supervisor.current().pid());
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

    /**
     * What {@code kafka-storage format -t <id> -c <config> --ignore-formatted} does, in this JVM:
     * a JVM of its own for it would cost the start-up a few seconds of CPU.
     */
    private static void format(Path dataDir, Path logFile) {
        // the same id `kafka-storage random-uuid` would print
        String clusterId = Uuid.randomUuid().toString();
        log.info("formatting Kafka storage (cluster id {})", clusterId);
        try (PrintStream output = new PrintStream(Files.newOutputStream(logFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            ChildProcess.appendNote(logFile, "formatting the Kafka storage in " + dataDir);
            new Formatter()
                    .setPrintStream(output)
                    .setNodeId(KafkaServerProperties.NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(KafkaServerProperties.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                    .addDirectory(dataDir.toAbsolutePath().toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new StackStartException("formatting the Kafka storage in " + dataDir + " failed: " + e, e);
        }
    }

    private static List<String> command(List<Path> classpath, List<String> jvmOptions, String mainClass,
                                        String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
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
                // the broker is usually up within seconds: notice it promptly
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
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
        stop(STOP_TIMEOUT);
    }

    /** Like {@link #close()}, killing it only after {@code timeout}. Idempotent. */
    public void stop(Duration timeout) {
        supervisor.stop(timeout);
    }
}
