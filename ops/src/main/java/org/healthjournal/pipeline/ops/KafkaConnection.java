package org.healthjournal.pipeline.ops;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.Map;

/**
 * Where Kafka is and how long an operator waits for it. Every client gets short timeouts: the
 * Kafka defaults (a minute and more) would leave the operator staring at a silent terminal when
 * the broker is down.
 */
public record KafkaConnection(String bootstrapServers, Duration timeout) {

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final String CLIENT_ID = "pipeline-ops";

    /**
     * A consumer without a group: it reads by {@code assign}, commits nothing and so leaves no
     * trace in the services' consumer groups.
     */
    public KafkaConsumer<byte[], byte[]> newConsumer() {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        try {
            return new KafkaConsumer<>(Map.of(
                    CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    CommonClientConfigs.CLIENT_ID_CONFIG, CLIENT_ID,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                    ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (KafkaException e) {
            // e.g. a bootstrap host name that does not resolve
            throw new KafkaUnavailableException(this, e);
        }
    }

    /** How long a send may take in all; Kafka requires at least linger.ms + request.timeout.ms. */
    public Duration deliveryTimeout() {
        return timeout.multipliedBy(2);
    }

    /** A producer with the pipeline's delivery guarantees: acks from all replicas, idempotent. */
    public KafkaProducer<byte[], byte[]> newProducer() {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        try {
            return new KafkaProducer<>(Map.of(
                    CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    CommonClientConfigs.CLIENT_ID_CONFIG, CLIENT_ID,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.toIntExact(deliveryTimeout().toMillis())),
                    new ByteArraySerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            throw new KafkaUnavailableException(this, e);
        }
    }
}
