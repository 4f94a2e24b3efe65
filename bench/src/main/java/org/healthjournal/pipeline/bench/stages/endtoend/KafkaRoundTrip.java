package org.healthjournal.pipeline.bench.stages.endtoend;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end row's floor: one record produced (acks=all, idempotent, as the services send) to a
 * topic of the same broker that a consumer, already assigned and polling, receives — the least any
 * event-driven hop costs on this machine.
 */
final class KafkaRoundTrip implements AutoCloseable {

    static final String TOPIC = "bench.roundtrip";

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
    private final Thread poller;
    private volatile boolean running = true;

    KafkaRoundTrip(String bootstrapServers) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        poller = new Thread(this::poll, "bench-roundtrip");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> ignored : consumer.poll(Duration.ofMillis(500))) {
                    arrivals.add(System.nanoTime());
                }
            }
        } catch (WakeupException stopping) {
            // close()
        } finally {
            consumer.close();
        }
    }

    /** One round trip, in milliseconds. */
    double once(byte[] payload) throws Exception {
        arrivals.clear();
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(TOPIC, "bench", payload));
        Long arrived = arrivals.poll(30, TimeUnit.SECONDS);
        if (arrived == null) {
            throw new IllegalStateException("a record produced to " + TOPIC + " did not arrive within 30 s");
        }
        return (arrived - sent) / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(5_000);
        producer.close();
    }
}
