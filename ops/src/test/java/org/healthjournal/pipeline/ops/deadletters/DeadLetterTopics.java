package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.healthjournal.pipeline.testkit.TestKafka;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Topics on the test broker as the pipeline leaves them: each test gets its own dead-letter and
 * original topics (the broker is shared by the whole test JVM), and dead letters are written
 * the way the services' dead-letter route writes them.
 */
final class DeadLetterTopics {

    private DeadLetterTopics() {
    }

    /** A new, empty topic whose name starts with {@code prefix}; auto-create is off on the test broker. */
    static String create(String prefix, int partitions) {
        String topic = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
        return topic;
    }

    /** The CloudEvents headers an event of this type about this article carries. */
    static Map<String, String> eventHeaders(String type, String articleId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_type", type);
        headers.put("ce_source", "/review-workflow");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_time", "2025-03-01T10:00:00Z");
        headers.put("ce_subject", articleId);
        headers.put("content-type", "application/json");
        return headers;
    }

    /** The headers a consumer adds when it gives up, the newer position and time ones included. */
    static Map<String, String> dlqHeaders(String originalTopic, int partition, long offset, String consumer, String error) {
        Map<String, String> headers = olderDlqHeaders(originalTopic, consumer, error);
        headers.put("dlq_original_partition", Integer.toString(partition));
        headers.put("dlq_original_offset", Long.toString(offset));
        headers.put("dlq_failed_at", "2025-03-01T10:15:30.250Z");
        return headers;
    }

    /** The headers of dead letters written before the position and time headers existed. */
    static Map<String, String> olderDlqHeaders(String originalTopic, String consumer, String error) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dlq_error", error);
        headers.put("dlq_original_topic", originalTopic);
        headers.put("dlq_consumer", consumer);
        return headers;
    }

    @SafeVarargs
    static Map<String, String> headers(Map<String, String>... parts) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map<String, String> part : parts) {
            all.putAll(part);
        }
        return all;
    }

    /** Writes one record to a given partition and returns its id there, once Kafka acknowledged it. */
    static DeadLetterId write(String topic, int partition, String key, String value, Map<String, String> headers) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, partition,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            var sent = producer.send(record).get(30, TimeUnit.SECONDS);
            return new DeadLetterId(sent.partition(), sent.offset());
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }
}
