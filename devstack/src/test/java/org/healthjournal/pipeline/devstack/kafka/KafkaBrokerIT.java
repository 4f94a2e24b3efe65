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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static KafkaBroker start(Path kafkaDir, Path log, StackPorts ports) {
        return KafkaBroker.start(kafkaDir, log, ports.get(StackPort.KAFKA), ports.get(StackPort.KAFKA_CONTROLLER),
                KafkaClasspath.ofCurrentJvm(), Duration.ofSeconds(90));
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
