package org.healthjournal.pipeline.devstack.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.healthjournal.pipeline.devstack.StackPort;
import org.healthjournal.pipeline.devstack.StackPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerIT {

    @Test
    void keepsItsFormattedStorageAcrossRestarts(@TempDir Path dir) throws Exception {
        StackPorts ports = StackPorts.allFree();
        Path kafkaDir = dir.resolve("kafka");
        Path log = dir.resolve("logs/kafka.log");

        try (KafkaBroker broker = start(kafkaDir, log, ports)) {
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("survives-restart", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        String clusterId = Files.readString(kafkaDir.resolve("data/meta.properties"));

        try (KafkaBroker broker = start(kafkaDir, log, ports); Admin admin = admin(broker)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("survives-restart");
            assertThat(broker.isAlive()).isTrue();
        }
        assertThat(Files.readString(kafkaDir.resolve("data/meta.properties"))).isEqualTo(clusterId);
        assertThat(Files.readString(log)).contains("Kafka Server started");
    }

    @Test
    void comesBackWithItsTopicsAndClusterIdAfterBeingKilled(@TempDir Path dir) throws Exception {
        StackPorts ports = StackPorts.allFree();
        Path kafkaDir = dir.resolve("kafka");
        Path log = dir.resolve("logs/kafka.log");

        try (KafkaBroker broker = start(kafkaDir, log, ports)) {
            broker.superviseRestarts();
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic("survives-a-crash", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            String clusterId = Files.readString(kafkaDir.resolve("data/meta.properties"));
            long killed = broker.pid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(broker.pid()).isNotEqualTo(killed);
                assertThat(topicsOrNoneYet(broker)).contains("survives-a-crash");
            });
            assertThat(Files.readString(kafkaDir.resolve("data/meta.properties"))).isEqualTo(clusterId);
            String kafkaLog = Files.readString(log);
            String restartNote = "kafka exited with status 137; restarting in 1 s (restart 1 in the last minute)";
            assertThat(kafkaLog).contains(restartNote);
            assertThat(kafkaLog.substring(kafkaLog.indexOf(restartNote))).as("no formatting on restart")
                    .contains("starting kafka at").doesNotContain("kafka-storage-format");
            assertThat(dir.resolve("pids/kafka.pid")).hasContent(String.valueOf(broker.pid()));
        }
    }

    private static KafkaBroker start(Path kafkaDir, Path log, StackPorts ports) {
        return KafkaBroker.start(kafkaDir, log, ports.get(StackPort.KAFKA), ports.get(StackPort.KAFKA_CONTROLLER),
                KafkaClasspath.ofCurrentJvm(), Duration.ofSeconds(90), kafkaDir.resolveSibling("pids/kafka.pid"));
    }

    private static Set<String> topicsOrNoneYet(KafkaBroker broker) throws InterruptedException {
        try (Admin admin = admin(broker)) {
            return admin.listTopics().names().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException notBackYet) {
            return Set.of();
        }
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }
}
