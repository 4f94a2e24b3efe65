package org.healthjournal.pipeline.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker (KRaft) per test JVM, shared by every test class: a Testcontainers
 * broker where Docker runs, otherwise an embedded KRaft broker in this JVM. Never a mock.
 */
public final class TestKafka {

    private static final Logger log = LoggerFactory.getLogger(TestKafka.class);
    private static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    private static String bootstrapServers;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = Docker.available() ? startContainer() : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startContainer() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-container-stop"));
        log.info("test Kafka: container {} at {}", KAFKA_IMAGE, kafka.getBootstrapServers());
        return kafka.getBootstrapServers();
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        log.info("test Kafka: embedded KRaft broker at {}", broker.getBrokersAsString());
        return broker.getBrokersAsString();
    }

    /** Docker detection, asked once. */
    static final class Docker {
        private static Boolean available;

        private Docker() {
        }

        static synchronized boolean available() {
            if (available == null) {
                boolean disabled = "false".equalsIgnoreCase(System.getenv("TESTKIT_USE_DOCKER"));
                available = !disabled && isDockerAvailable();
            }
            return available;
        }

        private static boolean isDockerAvailable() {
            // asking Testcontainers costs seconds of probing; with no socket and no DOCKER_HOST
            // and no Testcontainers config there is nothing to find
            boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
            boolean configured = System.getenv("DOCKER_HOST") != null
                    || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"),
                    ".testcontainers.properties"));
            if (!socket && !configured) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | Error e) {
                return false;
            }
        }
    }
}
