package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.healthjournal.pipeline.ops.KafkaConnection;
import org.healthjournal.pipeline.ops.KafkaUnavailableException;
import org.healthjournal.pipeline.ops.TopicNotFoundException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole dead-letter topic once: from the beginning of every partition up to the end
 * offsets as they were when reading started, so the command ends even while consumers keep
 * dead-lettering. No consumer group and no commits: looking must not change anything.
 */
public final class DeadLetterReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConnection kafka;
    private final String topic;

    public DeadLetterReader(KafkaConnection kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    /** Every dead letter on the topic, ordered by partition and offset. */
    public List<DeadLetter> readAll() {
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.newConsumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, kafka.timeout());
            List<DeadLetter> deadLetters = new ArrayList<>();
            readUpTo(end, consumer, deadLetters);
            deadLetters.sort(Comparator.comparing(DeadLetter::id));
            return deadLetters;
        } catch (KafkaUnavailableException | TopicNotFoundException e) {
            throw e;
        } catch (KafkaException e) {
            // a TimeoutException from any call, or a broker gone while reading
            throw new KafkaUnavailableException(kafka, e);
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, kafka.timeout());
        if (partitions == null || partitions.isEmpty()) {
            throw new TopicNotFoundException(topic, kafka);
        }
        return partitions.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private void readUpTo(Map<TopicPartition, Long> end, KafkaConsumer<byte[], byte[]> consumer,
                          List<DeadLetter> deadLetters) {
        // the deadline is on progress, not on the whole read: a long topic may take a while,
        // a broker that stopped answering must not hang the command
        long lastProgress = System.nanoTime();
        long position = positions(consumer, end);
        while (!reachedEnd(consumer, end)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    deadLetters.add(DeadLetter.of(record));
                }
            }
            long newPosition = positions(consumer, end);
            if (newPosition != position) {
                position = newPosition;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > kafka.timeout().toNanos()) {
                throw new TimeoutException("reading " + topic + " made no progress");
            }
        }
    }

    private boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        List<TopicPartition> done = end.keySet().stream()
                .filter(partition -> consumer.position(partition, kafka.timeout()) >= end.get(partition))
                .toList();
        // records that arrive after the start are not read: pausing keeps poll from fetching them
        consumer.pause(done);
        return done.size() == end.size();
    }

    private long positions(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.keySet().stream().mapToLong(partition -> consumer.position(partition, kafka.timeout())).sum();
    }
}
