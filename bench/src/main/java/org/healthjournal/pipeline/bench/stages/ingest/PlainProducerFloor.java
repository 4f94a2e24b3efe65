package org.healthjournal.pipeline.bench.stages.ingest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.healthjournal.pipeline.bench.load.Together;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Floor (a) of the ingest row: the same {@code DraftSubmitted} records, sent by a plain
 * {@code KafkaProducer} to a topic with as many partitions as {@code editorial.drafts} on the same
 * broker, from as many threads as the pipeline has clients, each waiting for its acknowledgement
 * before the next send. The producer is configured as ingest's outbox relay configures its own
 * ({@code OutboxConfiguration.producerSettings} in service-support: acks=all, idempotence,
 * 5 in flight, linger 1 ms, default batch size, no compression).
 */
final class PlainProducerFloor implements AutoCloseable {

    static final String TOPIC = "bench.ingest-floor";
    static final String SETTINGS = "acks=all, enable.idempotence=true, max.in.flight=5, linger.ms=1, batch.size=16384"
            + " (the outbox relay's)";

    private final KafkaProducer<String, byte[]> producer;

    PlainProducerFloor(String bootstrapServers, int partitions) {
        createTopic(bootstrapServers, partitions);
        producer = new KafkaProducer<>(relaySettings(bootstrapServers));
    }

    static Properties relaySettings(String bootstrapServers) {
        Properties settings = new Properties();
        settings.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-ingest-floor",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "1",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "25000",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return settings;
    }

    private static void createTopic(String bootstrapServers, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Sends {@code sends} records (cycling through {@code payloads}) from {@code senders} threads.
     *
     * @return acknowledged records per second
     * @throws IllegalStateException when a send was not acknowledged
     */
    double run(List<DraftsSeen.Seen> payloads, int sends, int senders) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long elapsed = Together.run(senders, "kafka-floor", s -> () -> {
            try {
                for (int i = next.getAndIncrement(); i < sends && failure.get() == null; i = next.getAndIncrement()) {
                    DraftsSeen.Seen payload = payloads.get(i % payloads.size());
                    producer.send(new ProducerRecord<>(TOPIC, null, payload.key(), payload.value(),
                            new RecordHeaders(payload.headers().toArray()))).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            } catch (ExecutionException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException("the plain producer's send failed: " + failure.get(), failure.get());
        }
        return sends / (elapsed / 1e9);
    }

    @Override
    public void close() {
        producer.close();
    }
}
