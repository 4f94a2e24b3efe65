package org.healthjournal.pipeline.bench.stages.ingest;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventHeaders;
import org.healthjournal.pipeline.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest figure's clock: reads {@code editorial.drafts} from its end (as an observer outside
 * every consumer group) and notes when each article's {@code DraftSubmitted} arrived, with the
 * record as it was written, so that the Kafka floor can send exactly the same payloads.
 */
final class DraftsSeen implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DraftsSeen.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final int partitions;
    private final Thread thread;

    /** One {@code DraftSubmitted} as it lay on the topic, and when this reader saw it. */
    record Seen(String key, byte[] value, Headers headers, long seenNanos) {
    }

    DraftsSeen(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // a fetch answers once 32 KB (some fifteen drafts) are there, or after 10 ms: the broker and this
        // reader then handle a fetch per batch of drafts rather than one per relay round, on the two
        // cores the services under measurement use, and the clock stops at most 10 ms late
        properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(32 * 1024));
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        consumer = new KafkaConsumer<>(properties);
        List<PartitionInfo> infos = consumer.partitionsFor(Topics.DRAFTS, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + Topics.DRAFTS + " does not exist");
        }
        List<TopicPartition> assigned = new ArrayList<>();
        infos.forEach(info -> assigned.add(new TopicPartition(Topics.DRAFTS, info.partition())));
        partitions = assigned.size();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        // resolve the end offsets now: only records written after this point belong to the runs
        assigned.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
        thread = new Thread(this::run, "drafts-seen");
        thread.setDaemon(true);
        thread.start();
    }

    int partitions() {
        return partitions;
    }

    private void run() {
        while (true) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    articleId(record).ifPresent(articleId ->
                            seen.putIfAbsent(articleId, new Seen(record.key(), record.value(), record.headers(), now)));
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("reading {}: {}", Topics.DRAFTS, e.toString());
            }
        }
    }

    /**
     * The article of a {@code DraftSubmitted}, from the record's type header and key (the relay keys
     * every event by its article id): this reader shares the two cores with the services it measures,
     * and parsing each event's JSON, the whole draft in it, is work they would pay for. With this
     * change, the bench's CPU per draft went from about 0.74 ms to 0.44–0.65 ms (sampled from /proc).
     */
    private static Optional<String> articleId(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(EventHeaders.TYPE);
        if (type == null || record.key() == null
                || !DraftSubmitted.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(record.key());
    }

    /**
     * Waits until every one of {@code articleIds} was seen.
     *
     * @return the records, in the order of {@code articleIds}
     * @throws IllegalStateException naming how many are missing after {@code patience}
     */
    List<Seen> awaitAll(Collection<String> articleIds, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            List<Seen> found = new ArrayList<>(articleIds.size());
            for (String articleId : articleIds) {
                Seen one = seen.get(articleId);
                if (one != null) {
                    found.add(one);
                }
            }
            if (found.size() == articleIds.size()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((articleIds.size() - found.size()) + " of " + articleIds.size()
                        + " accepted drafts never appeared on " + Topics.DRAFTS + " within " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** When the last of {@code records} was seen. */
    static long lastSeenNanos(List<Seen> records) {
        return records.stream().mapToLong(Seen::seenNanos).max().orElseThrow();
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
