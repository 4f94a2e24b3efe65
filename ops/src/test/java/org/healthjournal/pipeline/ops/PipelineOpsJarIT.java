package org.healthjournal.pipeline.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar an operator runs, run as they would: {@code java -jar ops/target/pipeline-ops.jar …}. */
class PipelineOpsJarIT {

    private static final Path JAR = Path.of(System.getProperty("basedir", "."), "target", "pipeline-ops.jar");

    @Test
    void theJarListsDeadLettersOnItsOwn() throws Exception {
        String deadLetters = "editorial.deadletter." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(deadLetters, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        var sent = TestTopics.send(deadLetters, "article-1", "not json".getBytes(StandardCharsets.UTF_8));

        // TestTopics.send has no headers: the jar must cope with a dead letter that has none
        Result result = java("dead-letters", "list", "--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).hasSize(2);
        assertThat(result.out().lines().toList().get(1)).startsWith(sent.partition() + ":" + sent.offset() + " ")
                .contains("article-1", "?");
        assertThat(result.err()).as("no log noise on a good run").isEmpty();
    }

    @Test
    void theJarPrintsHelp() throws Exception {
        Result result = java("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: java -jar pipeline-ops.jar dead-letters list");
    }

    @Test
    void theJarExits64OnABadOption() throws Exception {
        Result result = java("dead-letters", "list", "--frobnicate");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).startsWith("pipeline-ops: unknown option: --frobnicate").contains("Usage:");
    }

    @Test
    void theJarExits69WithinSecondsWhenKafkaIsUnreachable() throws Exception {
        long start = System.nanoTime();

        // nothing listens on port 1: every connection attempt is refused until the timeout
        Result result = java("dead-letters", "replay", "--all", "--bootstrap", "127.0.0.1:1");

        assertThat(result.exitCode()).isEqualTo(69);
        assertThat(result.err()).isEqualTo("pipeline-ops: cannot reach Kafka at 127.0.0.1:1 within 5 s "
                + "(TimeoutException: Timeout expired while fetching topic metadata)" + System.lineSeparator());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("built by the package phase").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("pipeline-ops", ".out");
        Path err = Files.createTempFile("pipeline-ops", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("pipeline-ops did not end within 60 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
