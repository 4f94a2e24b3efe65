package org.healthjournal.pipeline.bench.events;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Puts events straight onto a topic, as the services' outbox relays do (same codec, key = article
 * id, the CloudEvents headers, acks=all with idempotence), so that a stage can measure one service
 * without the services upstream of it.
 */
public final class EventInjector implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventInjector(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-injector"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every event and waits until the broker acknowledged all of them. */
    public void sendAll(String topic, List<? extends ArticleEvent> events) {
        List<Future<?>> sent = events.stream().<Future<?>>map(event -> producer.send(record(topic, event))).toList();
        producer.flush();
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending to " + topic, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("sending to " + topic + " failed", e.getCause());
            }
        }
    }

    public void send(String topic, ArticleEvent event) {
        sendAll(topic, List.of(event));
    }

    static ProducerRecord<String, byte[]> record(String topic, ArticleEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.ID, utf8(event.eventId().toString()));
        headers.add(EventHeaders.TYPE, utf8(event.eventType()));
        headers.add(EventHeaders.SOURCE, utf8("bench"));
        headers.add(EventHeaders.SPEC_VERSION, utf8("1.0"));
        headers.add(EventHeaders.TIME, utf8(event.occurredAt().toString()));
        headers.add(EventHeaders.SUBJECT, utf8(event.articleId()));
        headers.add(EventHeaders.CONTENT_TYPE, utf8("application/json"));
        return new ProducerRecord<>(topic, null, event.articleId(), EventCodec.toJson(event), headers);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
