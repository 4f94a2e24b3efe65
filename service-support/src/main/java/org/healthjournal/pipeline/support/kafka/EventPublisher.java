package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.EventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Sends an event to a topic and returns only once Kafka has acknowledged it
 * ({@code acks=all}, idempotent producer), so a caller can safely answer "accepted".
 */
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final ProducerTemplate producer;
    private final String source;

    public EventPublisher(ProducerTemplate producer, String source) {
        this.producer = producer;
        this.source = source;
    }

    public void publish(String topic, ArticleEvent event) {
        Exchange result = producer.send("kafka:" + topic, exchange -> {
            exchange.getMessage().setBody(EventCodec.toJson(event));
            exchange.getMessage().setHeader(KafkaConstants.KEY, event.articleId());
            exchange.getMessage().setHeader(EventHeaders.ID, utf8(event.eventId().toString()));
            exchange.getMessage().setHeader(EventHeaders.TYPE, utf8(event.eventType()));
            exchange.getMessage().setHeader(EventHeaders.SOURCE, utf8(source));
            exchange.getMessage().setHeader(EventHeaders.SPEC_VERSION, utf8("1.0"));
            exchange.getMessage().setHeader(EventHeaders.TIME, utf8(event.occurredAt().toString()));
            exchange.getMessage().setHeader(EventHeaders.SUBJECT, utf8(event.articleId()));
            exchange.getMessage().setHeader(EventHeaders.CONTENT_TYPE, utf8("application/json"));
        });
        if (result.getException() != null) {
            throw new EventPublishException("could not publish " + event.eventType() + " for article "
                    + event.articleId() + " to " + topic, result.getException());
        }
        log.info("published {} {} for article {} v{} to {}", event.eventType(), event.eventId(),
                event.articleId(), event.articleVersion(), topic);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
