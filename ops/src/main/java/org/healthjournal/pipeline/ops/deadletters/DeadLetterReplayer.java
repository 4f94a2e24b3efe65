package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.healthjournal.pipeline.ops.KafkaConnection;
import org.healthjournal.pipeline.ops.KafkaUnavailableException;
import org.healthjournal.pipeline.ops.TopicNotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Puts dead letters back on the topic they came from, as they were: same key, value and
 * headers, without the dead-lettering's {@code dlq_*} headers, plus {@code dlq_replayed_from}
 * so the replayed record can be traced back. Every consumer group of that topic sees the record
 * again; that is harmless because consumers skip event ids they have already processed.
 *
 * <p>The dead letter itself stays on the dead-letter topic (Kafka cannot delete one record);
 * the header on the replayed record is what ties the two together.
 */
public final class DeadLetterReplayer {

    private final KafkaConnection kafka;

    public DeadLetterReplayer(KafkaConnection kafka) {
        this.kafka = kafka;
    }

    /**
     * Sends each dead letter and waits for Kafka's acknowledgement before the next, telling
     * {@code whenAcknowledged} about each: if one fails, the operator knows exactly which were
     * replayed. Nothing is sent unless every dead letter has a topic to go back to.
     */
    public void replay(List<DeadLetter> deadLetters, Consumer<Replayed> whenAcknowledged) {
        for (DeadLetter deadLetter : deadLetters) {
            if (deadLetter.originalTopic() == null || deadLetter.originalTopic().isBlank()) {
                throw new ReplayRefusedException(deadLetter.id() + " has no " + DeadLetterHeaders.ORIGINAL_TOPIC
                        + " header, so there is no topic to replay it to");
            }
        }
        try (KafkaProducer<byte[], byte[]> producer = kafka.newProducer()) {
            checkTopicsExist(producer, deadLetters);
            for (DeadLetter deadLetter : deadLetters) {
                RecordMetadata sent = send(producer, deadLetter);
                whenAcknowledged.accept(new Replayed(deadLetter, sent.topic(), sent.partition(), sent.offset()));
            }
        }
    }

    /** The record as it was before it was dead-lettered, marked as a replay. */
    static ProducerRecord<byte[], byte[]> toOriginal(DeadLetter deadLetter) {
        List<Header> headers = new ArrayList<>();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(DeadLetterHeaders.REPLAYED_FROM,
                deadLetter.id().toString().getBytes(StandardCharsets.UTF_8)));
        // no partition: the key picks it, as it did for the original producer, so the article's
        // later events stay behind this one even if the topic has since gained partitions
        return new ProducerRecord<>(deadLetter.originalTopic(), null, null, deadLetter.key(), deadLetter.value(),
                headers);
    }

    private void checkTopicsExist(KafkaProducer<byte[], byte[]> producer, List<DeadLetter> deadLetters) {
        Set<String> topics = new LinkedHashSet<>();
        deadLetters.forEach(deadLetter -> topics.add(deadLetter.originalTopic()));
        for (String topic : topics) {
            try {
                producer.partitionsFor(topic);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                // the dead-letter topic was just read from the same broker, so it is reachable:
                // no metadata within max.block.ms means there is no such topic (auto-create is off)
                throw new TopicNotFoundException(topic, kafka);
            } catch (KafkaException e) {
                throw new KafkaUnavailableException(kafka, e);
            }
        }
    }

    private RecordMetadata send(KafkaProducer<byte[], byte[]> producer, DeadLetter deadLetter) {
        try {
            // delivery.timeout.ms bounds the send; the extra second only guards against a stuck future
            return producer.send(toOriginal(deadLetter))
                    .get(kafka.deliveryTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ReplayFailedException(deadLetter, e.getCause());
        } catch (TimeoutException | KafkaException e) {
            throw new ReplayFailedException(deadLetter, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayFailedException(deadLetter, e);
        }
    }
}
