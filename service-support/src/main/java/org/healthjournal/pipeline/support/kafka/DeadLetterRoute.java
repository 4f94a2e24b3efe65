package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.healthjournal.pipeline.events.EventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Where events that can never be processed go: the dead-letter topic, with the original record
 * value, key and headers, plus why, where from (topic, partition, offset), which consumer gave up
 * and when. The send is synchronous with the consumer: if it fails, the consumer commits nothing
 * and the record comes back, so a record is never dropped between the two topics.
 */
public class DeadLetterRoute extends RouteBuilder {

    private final DeadLetterCount count;

    public DeadLetterRoute(DeadLetterCount count) {
        this.count = count;
    }

    @Override
    public void configure() {
        from(EventConsumerRouteBuilder.DEAD_LETTER_ENDPOINT)
                .routeId("dead-letter")
                .process(this::describeFailure)
                .log(LoggingLevel.ERROR, "dead-lettering record ${exchangeProperty.dlqOrigin}: ${exchangeProperty.dlqError}")
                .to("kafka:{{pipeline.topics.dead-letter}}")
                .process(exchange -> count.increment(exchange.getProperty(EventConsumerRouteBuilder.CONSUMER_PROPERTY,
                        String.class)));
    }

    private void describeFailure(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message = error == null ? "unknown" : error.getClass().getSimpleName() + ": " + error.getMessage();
        String topic = exchange.getMessage().getHeader(KafkaConstants.TOPIC, String.class);
        Integer partition = exchange.getMessage().getHeader(KafkaConstants.PARTITION, Integer.class);
        Long offset = exchange.getMessage().getHeader(KafkaConstants.OFFSET, Long.class);
        Object key = exchange.getMessage().getHeader(KafkaConstants.KEY);
        String consumer = exchange.getProperty(EventConsumerRouteBuilder.CONSUMER_PROPERTY, String.class);
        exchange.getMessage().removeHeaders("kafka.*");
        if (key != null) {
            exchange.getMessage().setHeader(KafkaConstants.KEY, key.toString());
        }
        // for the log line only: exchange properties, unlike headers, do not travel to Kafka
        exchange.setProperty("dlqOrigin", topic + "/" + partition + "@" + offset);
        exchange.setProperty("dlqError", message);
        exchange.getMessage().setHeader(EventHeaders.DLQ_ERROR, bytes(message));
        exchange.getMessage().setHeader(EventHeaders.DLQ_ORIGINAL_TOPIC, bytes(topic));
        exchange.getMessage().setHeader(EventHeaders.DLQ_ORIGINAL_PARTITION, bytes(String.valueOf(partition)));
        exchange.getMessage().setHeader(EventHeaders.DLQ_ORIGINAL_OFFSET, bytes(String.valueOf(offset)));
        exchange.getMessage().setHeader(EventHeaders.DLQ_CONSUMER, bytes(consumer));
        exchange.getMessage().setHeader(EventHeaders.DLQ_FAILED_AT, bytes(Instant.now().toString()));
    }

    private static byte[] bytes(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }
}
