package org.healthjournal.pipeline.bench.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.MalformedEventException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Watches a topic from its current end (every partition, no consumer group: nothing committed) and
 * remembers which articles had an event of a given type, so a stage can stop its clock when the
 * last of its articles came out of a service.
 */
public final class TopicWatcher implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String eventType;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    public TopicWatcher(String bootstrapServers, String topic, String eventType) {
        this.eventType = eventType;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "bench-watch-" + topic),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        positioned.countDown();
        thread = new Thread(this::poll, "bench-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    decode(record.value()).filter(event -> eventType.equals(event.eventType()))
                            .ifPresent(event -> seen.add(event.articleId()));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } finally {
            consumer.close();
        }
    }

    private static Optional<ArticleEvent> decode(byte[] value) {
        try {
            return EventCodec.fromJson(value);
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }

    /** Whether the article had the event since this watcher started. */
    public boolean saw(String articleId) {
        return seen.contains(articleId);
    }

    /** How many of {@code articleIds} had the event since this watcher started. */
    public long countOf(Set<String> articleIds) {
        return articleIds.stream().filter(seen::contains).count();
    }

    /** Blocks until all of {@code articleIds} had the event, or the timeout passed; true if all did. */
    public boolean awaitAll(Set<String> articleIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countOf(articleIds) < articleIds.size()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
