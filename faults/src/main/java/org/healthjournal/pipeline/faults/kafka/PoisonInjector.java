package org.healthjournal.pipeline.faults.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends poison with a plain {@link KafkaProducer}, as a buggy or foreign producer would: no
 * CloudEvents headers, a key of its own ({@code poison-…}) so that its dead letters can be counted.
 */
public final class PoisonInjector implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public PoisonInjector(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    public InjectedPoison inject(PoisonTopic topic, PoisonKind kind, String key) {
        try {
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic.topic(), key, kind.value(topic.eventType(), key)))
                    .get(30, TimeUnit.SECONDS);
            return new InjectedPoison(key, topic, kind, sent.partition(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send poison to " + topic.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
