package org.healthjournal.pipeline.faults.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads {@code editorial.published} and {@code editorial.deadletter} from the beginning in the
 * background, as an observer outside every consumer group (plain {@code assign}, no commits), and
 * keeps what it saw with the time it saw it: the ground truth for duplicate publications and
 * dead letters, and the clock for how long poison took to be dealt with. It keeps reading through
 * a broker outage (the client reconnects).
 */
public final class TopicWatcher implements AutoCloseable {

    public static final String PUBLISHED = "editorial.published";
    public static final String DEAD_LETTER = "editorial.deadletter";

    private static final Logger log = LoggerFactory.getLogger(TopicWatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<PublishedSeen> published = new CopyOnWriteArrayList<>();
    private final List<DeadLetterSeen> deadLetters = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private TopicWatcher(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // only what the services committed to the log
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(PUBLISHED, DEAD_LETTER)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "topic-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching; the topics must exist (the services create them when they start). */
    public static TopicWatcher start(String bootstrapServers) {
        TopicWatcher watcher = new TopicWatcher(bootstrapServers);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        while (running) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Instant now = Instant.now();
                    if (record.topic().equals(DEAD_LETTER)) {
                        deadLetters.add(new DeadLetterSeen(record.partition() + ":" + record.offset(), record.key(),
                                header(record, "dlq_consumer"), header(record, "dlq_original_topic"),
                                header(record, "dlq_error"), now));
                    } else {
                        published(record, now);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("topic watcher: {}", e.toString());
            }
        }
    }

    private void published(ConsumerRecord<String, byte[]> record, Instant now) {
        try {
            JsonNode event = JSON.readTree(record.value());
            if (event != null && "ArticlePublished".equals(event.path("eventType").asText())
                    && event.path("schemaVersion").asInt() == 1 && event.hasNonNull("slug")) {
                published.add(new PublishedSeen(event.path("eventId").asText(), event.path("articleId").asText(),
                        event.path("articleVersion").asInt(), event.path("slug").asText(),
                        event.path("title").asText(), now));
            }
        } catch (java.io.IOException | RuntimeException notAnEvent) {
            // poison injected by the suite itself
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public List<PublishedSeen> published() {
        return List.copyOf(published);
    }

    public List<DeadLetterSeen> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
